package org.opencrm.crm.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How a filtered list finds the ids of its page whatever PostgreSQL estimates: walk the scope in
 * the list's order through its index testing the other filters on each row, up to a budget (dense
 * matches fill the page at once); else gather every match through the filters' index and sort them,
 * when there are few enough. When neither answers, the list leaves the plan to PostgreSQL. Each
 * gives the same page (docs/benchmarks.md, "Every query fast").
 *
 * @param table the table, which has an {@code id} column
 * @param alias its alias, which the conditions and orders use
 */
public record PageFinder(String table, String alias) {

  private String from() {
    return table + " " + alias;
  }

  /**
   * Walks {@code walked} (the scope and the cursor, which an index serves in {@code orderKeys})
   * testing {@code tested} on each row, and stops at {@code rows} matches or after {@code budget}
   * rows. The ids of the page when it is complete (full, or every match left because the scope
   * ended first); empty when the budget ran out first. Whether it ran out is asked apart, and only
   * when the page is not full, since numbering the walked rows doubled the cost of every walk.
   */
  public Optional<List<UUID>> walk(
      Connection connection,
      Conditions walked,
      Conditions tested,
      String orderKeys,
      int rows,
      int budget)
      throws SQLException {
    String sql =
        "SELECT w.id FROM (SELECT "
            + alias
            + ".id, ("
            + tested.sql()
            + ") AS hit FROM "
            + from()
            + " WHERE "
            + walked.sql()
            + " ORDER BY "
            + orderKeys
            + " LIMIT ?) w WHERE w.hit LIMIT ?";
    List<Object> params = new ArrayList<>(tested.params());
    params.addAll(walked.params());
    params.add(budget);
    params.add(rows);
    List<UUID> hits = new ArrayList<>();
    try (PreparedStatement statement = prepared(connection, sql, params);
        ResultSet found = statement.executeQuery()) {
      while (found.next()) {
        hits.add(found.getObject("id", UUID.class));
      }
    }
    return hits.size() < rows && beyond(connection, walked, orderKeys, budget)
        ? Optional.empty()
        : Optional.of(hits);
  }

  /** Whether {@code walked} holds more rows than {@code budget}. */
  private boolean beyond(Connection connection, Conditions walked, String orderKeys, int budget)
      throws SQLException {
    String sql =
        "SELECT EXISTS (SELECT 1 FROM "
            + from()
            + " WHERE "
            + walked.sql()
            + " ORDER BY "
            + orderKeys
            + " OFFSET ? LIMIT 1)";
    List<Object> params = new ArrayList<>(walked.params());
    params.add(budget);
    try (PreparedStatement statement = prepared(connection, sql, params);
        ResultSet found = statement.executeQuery()) {
      found.next();
      return found.getBoolean(1);
    }
  }

  /**
   * Finds every row of {@code where} by the filters' indexes, in a subquery that OFFSET 0 keeps
   * apart (else the planner may walk the order's index after all), and sorts them, when there are
   * at most {@code limit}: the ids of the page, else empty (too many to sort).
   */
  public Optional<List<UUID>> gather(
      Connection connection, Conditions where, String orderBy, int rows, long limit)
      throws SQLException {
    String sql =
        "SELECT "
            + alias
            + ".id, count(*) OVER () AS gathered FROM (SELECT * FROM "
            + from()
            + " WHERE "
            + where.sql()
            + " OFFSET 0 LIMIT ?) "
            + alias
            + orderBy
            + " LIMIT ?";
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit + 1);
    params.add(rows);
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement statement = prepared(connection, sql, params);
        ResultSet found = statement.executeQuery()) {
      while (found.next()) {
        if (found.getLong("gathered") > limit) {
          return Optional.empty();
        }
        ids.add(found.getObject("id", UUID.class));
      }
    }
    return Optional.of(ids);
  }

  /** A statement with its positional parameters bound. */
  public static PreparedStatement prepared(Connection connection, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    bind(statement, params);
    return statement;
  }

  /** Binds positional parameters in order. */
  public static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
  }
}
