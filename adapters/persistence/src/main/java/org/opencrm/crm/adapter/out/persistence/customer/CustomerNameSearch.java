package org.opencrm.crm.adapter.out.persistence.customer;

import static org.opencrm.crm.adapter.out.persistence.PageFinder.prepared;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerOrder.afterCursor;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerOrder.orderBy;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerOrder.orderOf;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerRows.COLUMNS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.Conditions;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * How a name search finds its page: typo-tolerant trigram word similarity on the search form of the
 * name (pg_trgm; the match threshold of {@code <%} is set on every connection in
 * application.properties), walking the scope first and scoring every match in scope only when the
 * walk does not fill the page.
 */
final class CustomerNameSearch {

  /**
   * The search form of the query, as a sub-select so that PostgreSQL computes it once per statement
   * (an init plan); as a plain expression a generic plan of the prepared statement recomputes it
   * for every candidate row, which doubled the cost of a search.
   */
  private static final String QUERY_FORM = "(SELECT crm_search_text(?))";

  /**
   * Whether anything is left of the query to match: a query that is only a legal form
   * ("Corporation", "有限公司") has an empty search form, which matches no name but made the trigram
   * index be read whole (0.4 s). Computed once, it stops the scan before it starts.
   */
  private static final String SEARCHABLE = "(SELECT crm_search_text(?) ~ '[^[:space:]]')";

  /** What every exact match's search form holds ({@code crm_search_probes}, V24). */
  private static final String EXACT_PARTS =
      "c.search_name LIKE ALL (CAST((SELECT crm_search_probes(?)) AS text[]))";

  /** What every match's search form holds ({@code crm_search_match_probes}, V26). */
  private static final String MATCH_PARTS =
      "c.search_name LIKE ANY (CAST((SELECT crm_search_match_probes(?,"
          + " CAST(current_setting('pg_trgm.word_similarity_threshold') AS real))) AS text[]))";

  private final CustomerListPlans plans;

  /**
   * How many rows of its scope a search in name or date order tests for the trigram match (about 3
   * µs a name) before it scores every match; the walk for exact matches tests cheaper parts first
   * and has the lists' budget.
   */
  private final int walkBudget;

  CustomerNameSearch(CustomerListPlans plans, int walkBudget) {
    this.plans = plans;
    this.walkBudget = walkBudget;
  }

  /**
   * A name search. Common words match tens of thousands of names, and scoring every match to keep
   * the best page cost a quarter of a second; so a search first walks the scope: in the list's
   * order, testing the match on each row, or, by relevance, in order of last update testing for an
   * exact match (the highest score there is, so a full page of them is the first page, ties going
   * to the customers updated last). Only when the walk's budget runs out first does it score every
   * match ({@link #scoredSearch}). The same page either way.
   */
  PreparedStatement search(Connection connection, Search search) throws SQLException {
    CustomerFilter filter = search.filter();
    CustomerSort sort = search.sort();
    KeysetCursor after = search.after();
    int rows = search.rows();
    Conditions walk = inScope(search);
    Conditions rest = CustomerListPlans.otherFilters(filter);
    String q = filter.q();
    if (sort.field() != CustomerSort.Field.RELEVANCE) {
      // The parts every match holds are tested first, with LIKE (V26).
      Conditions matching =
          new Conditions()
              .add(MATCH_PARTS + " AND " + QUERY_FORM + " <% c.search_name", List.of(q, q));
      Optional<List<UUID>> walked =
          plans.walk(connection, walk, matching.and(rest), sort, after, rows, walkBudget);
      if (walked.isPresent()) {
        return plans.byIds(connection, walked.get(), sort);
      }
    } else if (sort.descending() && (after == null || Relevance.of(after).exact())) {
      CustomerSort lastUpdated = new CustomerSort(CustomerSort.Field.UPDATED_AT, true);
      // Continuing through the exact matches: after the last one's update, in the walk's order.
      KeysetCursor walkAfter =
          after == null
              ? null
              : new KeysetCursor(
                  orderOf(lastUpdated), Relevance.of(after).updatedAt().toString(), after.id());
      // The parts every exact match holds are tested first, with LIKE: computing the similarity
      // of every walked name cost ten times as much (V24).
      Conditions exact =
          new Conditions()
              .add(
                  EXACT_PARTS + " AND word_similarity(" + QUERY_FORM + ", c.search_name) = 1",
                  List.of(q, q));
      Optional<List<UUID>> walked =
          plans.walk(
              connection, walk, rest.and(exact), lastUpdated, walkAfter, rows, plans.walkBudget());
      // Only a full page: with fewer exact matches, lesser ones follow them.
      if (walked.isPresent() && walked.get().size() == rows) {
        return scoredByIds(connection, walked.get(), q);
      }
    }
    return scoredSearch(connection, search);
  }

  /** A name search's page: what was asked, where the previous page ended, how many rows. */
  record Search(
      CustomerFilter filter, CustomerSort sort, KeysetCursor after, int rows, DataScope scope) {}

  /**
   * The scope (and the owner and team filters) a search walks or scores in, when anything is left
   * of its query to match.
   */
  private static Conditions inScope(Search search) {
    return CustomerListPlans.walkConditions(search.filter(), search.scope())
        .add(SEARCHABLE, List.of(search.filter().q()));
  }

  private PreparedStatement scoredSearch(Connection connection, Search search) throws SQLException {
    CustomerFilter filter = search.filter();
    CustomerSort sort = search.sort();
    // Scoring every match, a search finds them in scope through the trigram index (with the
    // scope's columns, V20), in a subquery that OFFSET 0 keeps apart, and only then applies the
    // other filters and the order: merged, the planner cannot know how few rows match and walks
    // the sort's or the owner's index instead (see "Name search" in docs/benchmarks.md).
    Conditions inScope = inScope(search);
    // Only an order by relevance needs the score: computing it for every match of a common word
    // cost twice the rest of the search (Chinese names the most).
    boolean byRelevance = sort.field() == CustomerSort.Field.RELEVANCE;
    StringBuilder sql =
        new StringBuilder("SELECT * FROM (SELECT ")
            .append(COLUMNS)
            .append(
                byRelevance ? ", word_similarity(" + QUERY_FORM + ", c.search_name) AS score" : "")
            .append(" FROM customer c WHERE ")
            .append(inScope.sql())
            // Trigram word similarity on the search form of the name: forgives typos, finds
            // partial words, and is served by the trigram index.
            .append(" AND ")
            .append(QUERY_FORM)
            .append(" <% c.search_name OFFSET 0) c WHERE ");
    List<Object> params = new ArrayList<>(byRelevance ? List.of(filter.q()) : List.of());
    params.addAll(inScope.params());
    params.add(filter.q());
    Conditions conditions =
        CustomerListPlans.otherFilters(filter).and(afterCursor(sort, search.after()));
    sql.append(conditions.sql()).append(orderBy(sort)).append(" LIMIT ?");
    params.addAll(conditions.params());
    params.add(search.rows());
    return prepared(connection, sql.toString(), params);
  }

  /** The customers of a walked page of a search by relevance, with their scores. */
  private PreparedStatement scoredByIds(Connection connection, List<UUID> ids, String q)
      throws SQLException {
    String sql =
        "SELECT * FROM (SELECT "
            + COLUMNS
            + ", word_similarity("
            + QUERY_FORM
            + ", c.search_name) AS score FROM customer c WHERE c.id = ANY (?)) c"
            + orderBy(new CustomerSort(CustomerSort.Field.RELEVANCE, true));
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setString(1, q);
    statement.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
    return statement;
  }
}
