package org.opencrm.crm.adapter.out.persistence.customer;

import jakarta.enterprise.context.ApplicationScoped;
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
          + " c.created_at, c.updated_at, c.archived_at, c.version, "
          + DealStatusSql.SIGNED_CONTRACT
          + " AS signed_contract, "
          + DealStatusSql.OPEN_OPPORTUNITY
          + " AS open_opportunity";

  /**
   * The search form of the query, as a sub-select so that PostgreSQL computes it once per statement
   * (an init plan); as a plain expression a generic plan of the prepared statement recomputes it
   * for every candidate row, which doubled the cost of a search.
   */
  private static final String QUERY_FORM = "(SELECT crm_search_text(?))";

  private final DataSource dataSource;

  /** The match threshold of {@code <%} is set on every connection (application.properties). */
  CustomerReadModel(DataSource dataSource) {
    this.dataSource = dataSource;
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
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ");
    if (filter.q() == null) {
      sql.append(COLUMNS).append(" FROM customer c WHERE c.archived_at IS NULL");
    } else {
      // A search first finds its matches through the trigram index, in a subquery that OFFSET 0
      // keeps apart, and only then applies scope, filters and order: merged, the planner cannot
      // know how few rows match and walks the sort's or the owner's index instead (see "Name
      // search" in docs/benchmarks.md).
      sql.append("* FROM (SELECT ")
          .append(COLUMNS)
          .append(", word_similarity(")
          .append(QUERY_FORM)
          .append(", c.search_name) AS score FROM customer c WHERE c.archived_at IS NULL")
          // Trigram word similarity on the search form of the name: forgives typos, finds partial
          // words, and is served by the trigram index.
          .append(" AND ")
          .append(QUERY_FORM)
          .append(" <% c.search_name OFFSET 0) c WHERE true");
      params.add(filter.q());
      params.add(filter.q());
    }
    sql.append(" AND ").append(ScopeCondition.of(scope, "c.owner_id", "c.team").positional(params));
    appendFilters(filter, sql, params);
    KeysetCursor after = KeysetPage.after(page, orderOf(sort));
    String sortColumn = sortColumn(sort.field());
    String direction = sort.descending() ? " DESC" : " ASC";
    if (after != null) {
      sql.append(" AND (")
          .append(sortColumn)
          .append(", c.id) ")
          .append(sort.descending() ? "<" : ">")
          .append(" (CAST(? AS ")
          .append(sortType(sort.field()))
          .append("), ?)");
      params.add(checkedKey(after, sort.field()));
      params.add(after.id());
    }
    sql.append(" ORDER BY ").append(sortColumn).append(direction);
    sql.append(", c.id").append(direction).append(" LIMIT ?");
    params.add(KeysetPage.rowsToFetch(page));

    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      bind(statement, params);
      return readPage(statement, sort, page);
    } catch (SQLException e) {
      throw new IllegalStateException("Customer search failed", e);
    }
  }

  private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
  }

  private static void appendFilters(CustomerFilter filter, StringBuilder sql, List<Object> params) {
    equal("c.owner_id", filter.ownerId(), sql, params);
    equal("c.team", filter.team(), sql, params);
    equal("c.industry", filter.industry(), sql, params);
    equal("c.province", filter.province(), sql, params);
    equal("c.city", filter.city(), sql, params);
    equal(
        "c.importance",
        filter.importance() == null ? null : filter.importance().name(),
        sql,
        params);
    equal(
        "c.demand_status",
        filter.demandStatus() == null ? null : filter.demandStatus().name(),
        sql,
        params);
    if (filter.dealStatus() != null) {
      sql.append(" AND ").append(DealStatusSql.condition(filter.dealStatus()));
    }
    if (filter.tag() != null) {
      sql.append(" AND c.tags @> ARRAY[CAST(? AS text)]");
      params.add(filter.tag());
    }
  }

  private static void equal(String column, String value, StringBuilder sql, List<Object> params) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      params.add(value);
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
      case RELEVANCE -> Float.toString(after.floatKey());
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
    try (ResultSet found = statement.executeQuery()) {
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
      case RELEVANCE -> Float.toString(rows.getFloat("score"));
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
        DealStatus.of(rows.getBoolean("signed_contract"), rows.getBoolean("open_opportunity")));
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
