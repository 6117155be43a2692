package org.opencrm.crm.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Direct SQL on the test database, for what no API may do: moving a record back in time so that
 * deadlines pass without waiting for them, and looking at rows no endpoint shows yet.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static int execute(String sql, Object... params) {
    return run(sql, params, PreparedStatement::executeUpdate);
  }

  /** Rows of a query, each as its column values in order. */
  public static List<Object[]> rows(String sql, Object... params) {
    return run(
        sql,
        params,
        statement -> {
          List<Object[]> rows = new ArrayList<>();
          try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
              Object[] row = new Object[columns];
              for (int i = 0; i < columns; i++) {
                row[i] = result.getObject(i + 1);
              }
              rows.add(row);
            }
          }
          return rows;
        });
  }

  public static long count(String sql, Object... params) {
    return ((Number) rows(sql, params).get(0)[0]).longValue();
  }

  private interface Work<T> {
    T on(PreparedStatement statement) throws SQLException;
  }

  /** A connection of its own, for a test that holds a transaction open beside the service. */
  public static Connection connect() throws SQLException {
    Config config = ConfigProvider.getConfig();
    return DriverManager.getConnection(
        config.getValue("quarkus.datasource.jdbc.url", String.class),
        config.getValue("quarkus.datasource.username", String.class),
        config.getValue("quarkus.datasource.password", String.class));
  }

  private static <T> T run(String sql, Object[] params, Work<T> work) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      return work.on(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
