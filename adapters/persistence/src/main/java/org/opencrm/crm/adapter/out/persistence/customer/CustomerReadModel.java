package org.opencrm.crm.adapter.out.persistence.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.customer.DealStatus;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Customers as callers read them, in plain SQL (read models, not entities: no contacts loaded, no
 * change tracking). The list is one statement: data scope, filters, typo-tolerant name search
 * (pg_trgm word similarity) and keyset pagination on (sort key, id), so every page costs the same
 * however deep it is.
 */
@ApplicationScoped
class CustomerReadModel implements CustomerSearch {

  private static final String COLUMNS =
      "c.id, c.name, c.kind, c.industry, c.size_band, c.province, c.city, c.source_channel,"
          + " c.tags, c.importance, c.demand_status, c.notes, c.credit_code, c.owner_id, c.team,"
          + " c.created_at, c.updated_at, c.archived_at, c.version, c.deal_status";

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

  private final DataSource dataSource;

  /** How many rows of its order a filtered list reads at most before it looks for its rows. */
  private final int walkBudget;

  /** Up to how many matches a filtered list gathers by index and sorts. */
  private final long gatherLimit;

  /** The match threshold of {@code <%} is set on every connection (application.properties). */
  @Inject
  CustomerReadModel(
      DataSource dataSource,
      @ConfigProperty(name = "crm.lists.walk-budget", defaultValue = "2000") int walkBudget,
      @ConfigProperty(name = "crm.lists.gather-limit", defaultValue = "5000") long gatherLimit) {
    this.dataSource = dataSource;
    this.walkBudget = walkBudget;
    this.gatherLimit = gatherLimit;
  }

  @Override
  public Optional<CustomerView> findView(CustomerId customerId, DataScope scope) {
    UUID id = customerId.value();
    StringBuilder sql =
        new StringBuilder("SELECT ").append(COLUMNS).append(" FROM customer c WHERE c.id = ?");
    List<Object> params = new ArrayList<>(List.of(id));
    sql.append(" AND ").append(ScopeCondition.of(scope, "c.owner_id", "c.team").positional(params));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      bind(statement, params);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(view(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Customer lookup failed", e);
    }
  }

  @Override
  public Page<CustomerView> search(
      CustomerFilter filter, CustomerSort sort, PageRequest page, DataScope scope) {
    KeysetCursor after = KeysetPage.after(page, orderOf(sort));
    int rows = KeysetPage.rowsToFetch(page);
    try (Connection connection = dataSource.getConnection()) {
      if (filter.q() != null) {
        return readPage(
            search(connection, new Search(filter, sort, after, rows, scope)), sort, page);
      }
      Conditions walk = walkConditions(filter, scope);
      Conditions rest = otherFilters(filter);
      if (rest.isEmpty()) {
        return readPage(inOrder(connection, walk, sort, after, rows), sort, page);
      }
      Optional<List<UUID>> walked = walk(connection, walk, rest, sort, after, rows);
      if (walked.isPresent()) {
        return readPage(byIds(connection, walked.get(), sort), sort, page);
      }
      Conditions all = walk.and(rest);
      Optional<List<UUID>> gathered = gather(connection, all, sort, after, rows);
      return readPage(
          gathered.isPresent()
              ? byIds(connection, gathered.get(), sort)
              : inOrder(connection, all, sort, after, rows),
          sort,
          page);
    } catch (SQLException e) {
      throw new IllegalStateException("Customer search failed", e);
    }
  }

  /**
   * What the list walks in its order: the scope and the owner and team filters, which have an index
   * in every order (owner or team, then the sort column).
   */
  private static Conditions walkConditions(CustomerFilter filter, DataScope scope) {
    Conditions walk = new Conditions().add("c.archived_at IS NULL", List.of());
    List<Object> scopeValue = new ArrayList<>();
    walk.add(ScopeCondition.of(scope, "c.owner_id", "c.team").positional(scopeValue), scopeValue);
    walk.equal("c.owner_id", filter.ownerId());
    walk.equal("c.team", filter.team());
    return walk;
  }

  /** The filters tested on each row the list walks, or that find their rows by index. */
  private static Conditions otherFilters(CustomerFilter filter) {
    Conditions rest = new Conditions();
    rest.equal("c.industry", filter.industry());
    rest.equal("c.province", filter.province());
    rest.equal("c.city", filter.city());
    rest.equal("c.importance", filter.importance() == null ? null : filter.importance().name());
    rest.equal(
        "c.demand_status", filter.demandStatus() == null ? null : filter.demandStatus().name());
    rest.equal("c.deal_status", filter.dealStatus() == null ? null : filter.dealStatus().name());
    if (filter.tag() != null) {
      rest.add("c.tags @> ARRAY[CAST(? AS text)]", List.of(filter.tag()));
    }
    return rest;
  }

  /** The page straight from the order's index: every row in scope after the cursor qualifies. */
  private PreparedStatement inOrder(
      Connection connection, Conditions where, CustomerSort sort, KeysetCursor after, int rows)
      throws SQLException {
    Conditions conditions = where.and(afterCursor(sort, after));
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM customer c WHERE ")
            .append(conditions.sql());
    List<Object> params = new ArrayList<>(conditions.params());
    sql.append(orderBy(sort)).append(" LIMIT ?");
    params.add(rows);
    return prepared(connection, sql.toString(), params);
  }

  /**
   * Walks the scope in the list's order, testing the other filters on each row, and stops at a page
   * of matches or after {@link #walkBudget} rows. The ids of the page when it is complete (a full
   * page, or every match left because the scope ended first); empty when the budget ran out first:
   * the matches are rare, or rare at the start of this order, and are looked for otherwise. The
   * same page either way.
   */
  private Optional<List<UUID>> walk(
      Connection connection,
      Conditions walk,
      Conditions rest,
      CustomerSort sort,
      KeysetCursor after,
      int rows)
      throws SQLException {
    Conditions walked = walk.and(afterCursor(sort, after));
    String order = orderKeys(sort);
    String sql =
        "SELECT w.id, w.hit, w.walked FROM (SELECT c.id, ("
            + rest.sql()
            + ") AS hit, row_number() OVER (ORDER BY "
            + order
            + ") AS walked FROM customer c WHERE "
            + walked.sql()
            + " ORDER BY "
            + order
            + " LIMIT ?) w WHERE w.hit OR w.walked = ? LIMIT ?";
    List<Object> params = new ArrayList<>(rest.params());
    params.addAll(walked.params());
    params.add(walkBudget);
    params.add(walkBudget);
    params.add(rows + 1);
    List<UUID> hits = new ArrayList<>();
    boolean budgetSpent = false;
    try (PreparedStatement statement = prepared(connection, sql, params);
        ResultSet found = statement.executeQuery()) {
      while (found.next() && hits.size() < rows) {
        if (found.getBoolean("hit")) {
          hits.add(found.getObject("id", UUID.class));
        }
        budgetSpent |= found.getLong("walked") == walkBudget;
      }
    }
    return hits.size() < rows && budgetSpent ? Optional.empty() : Optional.of(hits);
  }

  /** The customers of a walked page, in the list's order. */
  private PreparedStatement byIds(Connection connection, List<UUID> ids, CustomerSort sort)
      throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM customer c WHERE c.id = ANY (?)" + orderBy(sort);
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
    return statement;
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

  /**
   * Finds the matches by the filters' indexes, in a subquery that OFFSET 0 keeps apart (else the
   * planner may walk the order's index after all), and sorts them, when there are at most {@link
   * #gatherLimit}: the ids of the page, else empty (too many to sort; the planner then walks an
   * index of the order, or of a filter and the order, to them).
   */
  private Optional<List<UUID>> gather(
      Connection connection, Conditions where, CustomerSort sort, KeysetCursor after, int rows)
      throws SQLException {
    Conditions conditions = where.and(afterCursor(sort, after));
    String sql =
        "SELECT c.id, count(*) OVER () AS gathered FROM (SELECT * FROM customer c WHERE "
            + conditions.sql()
            + " OFFSET 0 LIMIT ?) c"
            + orderBy(sort)
            + " LIMIT ?";
    List<Object> params = new ArrayList<>(conditions.params());
    params.add(gatherLimit + 1);
    params.add(rows);
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement statement = prepared(connection, sql, params);
        ResultSet found = statement.executeQuery()) {
      while (found.next()) {
        if (found.getLong("gathered") > gatherLimit) {
          return Optional.empty();
        }
        ids.add(found.getObject("id", UUID.class));
      }
    }
    return Optional.of(ids);
  }

  /**
   * A name search. Common words match tens of thousands of names, and scoring every match to keep
   * the best page cost a quarter of a second; so a search first walks the scope: in the list's
   * order, testing the match on each row, or, by relevance, in order of last update testing for an
   * exact match (the highest score there is, so a full page of them is the first page, ties going
   * to the customers updated last). Only when the walk's budget runs out first does it score every
   * match ({@link #scoredSearch}). The same page either way.
   */
  private PreparedStatement search(Connection connection, Search search) throws SQLException {
    CustomerFilter filter = search.filter();
    CustomerSort sort = search.sort();
    KeysetCursor after = search.after();
    int rows = search.rows();
    Conditions walk = walkConditions(filter, search.scope()).add(SEARCHABLE, List.of(filter.q()));
    Conditions rest = otherFilters(filter);
    String q = filter.q();
    if (sort.field() != CustomerSort.Field.RELEVANCE) {
      Conditions matching = new Conditions().add(QUERY_FORM + " <% c.search_name", List.of(q));
      Optional<List<UUID>> walked = walk(connection, walk, matching.and(rest), sort, after, rows);
      if (walked.isPresent()) {
        return byIds(connection, walked.get(), sort);
      }
    } else if (sort.descending() && (after == null || Relevance.of(after).exact())) {
      CustomerSort lastUpdated = new CustomerSort(CustomerSort.Field.UPDATED_AT, true);
      KeysetCursor walkAfter =
          after == null
              ? null
              : new KeysetCursor(
                  orderOf(lastUpdated), Relevance.of(after).updatedAt().toString(), after.id());
      Conditions exact =
          new Conditions()
              .add("word_similarity(" + QUERY_FORM + ", c.search_name) = 1", List.of(q));
      Optional<List<UUID>> walked =
          walk(connection, walk, exact.and(rest), lastUpdated, walkAfter, rows);
      // Only a full page: with fewer exact matches, lesser ones follow them.
      if (walked.isPresent() && walked.get().size() == rows) {
        return scoredByIds(connection, walked.get(), q);
      }
    }
    return scoredSearch(connection, search);
  }

  /** A name search's page: what was asked, where the previous page ended, how many rows. */
  private record Search(
      CustomerFilter filter, CustomerSort sort, KeysetCursor after, int rows, DataScope scope) {}

  private PreparedStatement scoredSearch(Connection connection, Search search) throws SQLException {
    CustomerFilter filter = search.filter();
    CustomerSort sort = search.sort();
    // A search first finds its matches in scope through the trigram index (with the scope's
    // columns, V20), in a subquery that OFFSET 0 keeps apart, and only then applies the other
    // filters and the order: merged, the planner cannot know how few rows match and walks the
    // sort's or the owner's index instead (see "Name search" in docs/benchmarks.md).
    Conditions inScope =
        walkConditions(filter, search.scope()).add(SEARCHABLE, List.of(filter.q()));
    StringBuilder sql =
        new StringBuilder("SELECT * FROM (SELECT ")
            .append(COLUMNS)
            .append(", word_similarity(")
            .append(QUERY_FORM)
            .append(", c.search_name) AS score FROM customer c WHERE ")
            .append(inScope.sql())
            // Trigram word similarity on the search form of the name: forgives typos, finds
            // partial words, and is served by the trigram index.
            .append(" AND ")
            .append(QUERY_FORM)
            .append(" <% c.search_name OFFSET 0) c WHERE ");
    List<Object> params = new ArrayList<>(List.of(filter.q()));
    params.addAll(inScope.params());
    params.add(filter.q());
    Conditions conditions = otherFilters(filter).and(afterCursor(sort, search.after()));
    sql.append(conditions.sql()).append(orderBy(sort)).append(" LIMIT ?");
    params.addAll(conditions.params());
    params.add(search.rows());
    return prepared(connection, sql.toString(), params);
  }

  /** After the cursor's row in the list's order; none on the first page. */
  private static Conditions afterCursor(CustomerSort sort, KeysetCursor after) {
    Conditions condition = new Conditions();
    if (after != null && sort.field() == CustomerSort.Field.RELEVANCE) {
      Relevance relevance = Relevance.of(after);
      condition.add(
          "(c.score, c.updated_at, c.id) "
              + (sort.descending() ? "<" : ">")
              + " (CAST(? AS real), CAST(? AS timestamptz), ?)",
          List.of(relevance.score(), relevance.updatedAt().toString(), after.id()));
    } else if (after != null) {
      condition.add(
          "("
              + sortColumn(sort.field())
              + ", c.id) "
              + (sort.descending() ? "<" : ">")
              + " (CAST(? AS "
              + sortType(sort.field())
              + "), ?)",
          List.of(checkedKey(after, sort.field()), after.id()));
    }
    return condition;
  }

  /** The order's keys: the sort column, then (between equal scores) the last update, the id. */
  private static String orderKeys(CustomerSort sort) {
    String direction = sort.descending() ? " DESC" : " ASC";
    String tie = sort.field() == CustomerSort.Field.RELEVANCE ? ", c.updated_at" + direction : "";
    return sortColumn(sort.field()) + direction + tie + ", c.id" + direction;
  }

  private static String orderBy(CustomerSort sort) {
    return " ORDER BY " + orderKeys(sort);
  }

  private static PreparedStatement prepared(Connection connection, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    bind(statement, params);
    return statement;
  }

  private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
  }

  /** Relevance is the match's score, which only a search has. */
  private static String sortColumn(CustomerSort.Field field) {
    return switch (field) {
      case NAME -> "c.name";
      case CREATED_AT -> "c.created_at";
      case UPDATED_AT -> "c.updated_at";
      case RELEVANCE -> "c.score";
    };
  }

  /** The cursor's key, refused (422) unless it reads as the sort column's type. */
  private static String checkedKey(KeysetCursor after, CustomerSort.Field field) {
    return switch (field) {
      case NAME -> after.key();
      case CREATED_AT, UPDATED_AT -> after.instantKey().toString();
      case RELEVANCE -> throw new IllegalStateException("a relevance cursor has two keys");
    };
  }

  private static String sortType(CustomerSort.Field field) {
    return switch (field) {
      case NAME -> "varchar";
      case CREATED_AT, UPDATED_AT -> "timestamptz";
      case RELEVANCE -> "real";
    };
  }

  private Page<CustomerView> readPage(
      PreparedStatement statement, CustomerSort sort, PageRequest page) throws SQLException {
    List<SortedView> rows = new ArrayList<>();
    try (statement;
        ResultSet found = statement.executeQuery()) {
      while (found.next()) {
        rows.add(new SortedView(view(found), sortValue(found, sort.field())));
      }
    }
    return KeysetPage.of(
        rows,
        page,
        SortedView::view,
        last -> new KeysetCursor(orderOf(sort), last.sortKey(), last.view().id()));
  }

  /** A listed customer with the value of the column the list is sorted by. */
  private record SortedView(CustomerView view, String sortKey) {}

  private static String sortValue(ResultSet rows, CustomerSort.Field field) throws SQLException {
    return switch (field) {
      case NAME -> rows.getString("name");
      case CREATED_AT -> rows.getObject("created_at", OffsetDateTime.class).toInstant().toString();
      case UPDATED_AT -> rows.getObject("updated_at", OffsetDateTime.class).toInstant().toString();
      case RELEVANCE -> new Relevance(rows.getFloat("score"), instant(rows, "updated_at")).key();
    };
  }

  private static CustomerView view(ResultSet rows) throws SQLException {
    java.sql.Array tags = rows.getArray("tags");
    return new CustomerView(
        rows.getObject("id", UUID.class),
        CustomerEntityMapper.profile(
            rows.getString("name"),
            rows.getString("kind"),
            rows.getString("industry"),
            rows.getString("size_band"),
            rows.getString("province"),
            rows.getString("city"),
            rows.getString("source_channel"),
            tags == null ? null : (String[]) tags.getArray(),
            rows.getString("importance"),
            rows.getString("demand_status"),
            rows.getString("notes"),
            rows.getString("credit_code")),
        rows.getString("owner_id"),
        rows.getString("team"),
        instant(rows, "created_at"),
        instant(rows, "updated_at"),
        instant(rows, "archived_at"),
        rows.getLong("version"),
        DealStatus.valueOf(rows.getString("deal_status")));
  }

  private static Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Cursors of one sort order do not fit another. */
  private static String orderOf(CustomerSort sort) {
    return sort.field().name() + "," + sort.descending();
  }
}
