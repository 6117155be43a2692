package org.opencrm.crm.adapter.out.persistence.customer;

import static org.opencrm.crm.adapter.out.persistence.PageFinder.prepared;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerOrder.afterCursor;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerOrder.orderBy;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerOrder.orderKeys;
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
import org.opencrm.crm.adapter.out.persistence.PageFinder;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * How a filtered customer list finds its page: it walks the scope in its order testing the other
 * filters, up to a budget; else gathers the matches through the filters' GIN index and sorts them,
 * when there are few enough; else leaves the plan to PostgreSQL. The same page either way
 * (docs/benchmarks.md, "Every query fast").
 */
final class CustomerListPlans {

  private static final PageFinder CUSTOMERS = new PageFinder("customer", "c");

  /** How many rows of its order a list reads at most before it looks for its rows otherwise. */
  private final int walkBudget;

  /** Up to how many matches a filtered list gathers by index and sorts. */
  private final long gatherLimit;

  CustomerListPlans(int walkBudget, long gatherLimit) {
    this.walkBudget = walkBudget;
    this.gatherLimit = gatherLimit;
  }

  /** How many rows of its order a list reads at most before it looks for its rows otherwise. */
  int walkBudget() {
    return walkBudget;
  }

  /** The statement that reads a filtered list's page (no name search). */
  PreparedStatement page(
      Connection connection,
      CustomerFilter filter,
      CustomerSort sort,
      KeysetCursor after,
      int rows,
      DataScope scope)
      throws SQLException {
    Conditions walk = walkConditions(filter, scope);
    Conditions rest = otherFilters(filter);
    if (rest.isEmpty()) {
      return inOrder(connection, walk, sort, after, rows);
    }
    Optional<List<UUID>> walked = walk(connection, walk, rest, sort, after, rows, walkBudget);
    if (walked.isPresent()) {
      return byIds(connection, walked.get(), sort);
    }
    Conditions all = walk.and(rest);
    Optional<List<UUID>> gathered = gather(connection, all, sort, after, rows);
    return gathered.isPresent()
        ? byIds(connection, gathered.get(), sort)
        : inOrder(connection, all, sort, after, rows);
  }

  /**
   * What the list walks in its order: the scope and the owner and team filters, which have an index
   * in every order (owner or team, then the sort column).
   */
  static Conditions walkConditions(CustomerFilter filter, DataScope scope) {
    Conditions walk = new Conditions().add("c.archived_at IS NULL", List.of());
    List<Object> scopeValue = new ArrayList<>();
    walk.add(ScopeCondition.of(scope, "c.owner_id", "c.team").positional(scopeValue), scopeValue);
    walk.equal("c.owner_id", filter.ownerId());
    walk.equal("c.team", filter.team());
    return walk;
  }

  /** The filters tested on each row the list walks, or that find their rows by index. */
  static Conditions otherFilters(CustomerFilter filter) {
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
  PreparedStatement inOrder(
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
   * of matches or after {@code budget} rows ({@link PageFinder#walk}). The walk reads only its
   * index: the tested columns are in it (V23).
   */
  Optional<List<UUID>> walk(
      Connection connection,
      Conditions walk,
      Conditions rest,
      CustomerSort sort,
      KeysetCursor after,
      int rows,
      int budget)
      throws SQLException {
    return CUSTOMERS.walk(
        connection, walk.and(afterCursor(sort, after)), rest, orderKeys(sort), rows, budget);
  }

  /** The customers of a walked page, in the list's order. */
  PreparedStatement byIds(Connection connection, List<UUID> ids, CustomerSort sort)
      throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM customer c WHERE c.id = ANY (?)" + orderBy(sort);
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
    return statement;
  }

  /**
   * Gathers the matches through the filters' GIN index and sorts them, when there are at most
   * {@link #gatherLimit}: the ids of the page, else empty (the planner then walks an index of the
   * order, or of a filter and the order, to them).
   */
  Optional<List<UUID>> gather(
      Connection connection, Conditions where, CustomerSort sort, KeysetCursor after, int rows)
      throws SQLException {
    return CUSTOMERS.gather(
        connection, where.and(afterCursor(sort, after)), orderBy(sort), rows, gatherLimit);
  }
}
