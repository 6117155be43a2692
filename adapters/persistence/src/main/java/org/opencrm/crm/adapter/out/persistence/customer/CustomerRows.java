package org.opencrm.crm.adapter.out.persistence.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.domain.customer.DealStatus;

/** A customer as the lists read it: the columns, their mapping, and statements bound to them. */
final class CustomerRows {

  private CustomerRows() {}

  static final String COLUMNS =
      "c.id, c.name, c.kind, c.industry, c.size_band, c.province, c.city, c.source_channel,"
          + " c.tags, c.importance, c.demand_status, c.notes, c.credit_code, c.owner_id, c.team,"
          + " c.created_at, c.updated_at, c.archived_at, c.version, c.deal_status";

  static CustomerView view(ResultSet rows) throws SQLException {
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

  static Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static String sortValue(ResultSet rows, CustomerSort.Field field) throws SQLException {
    return switch (field) {
      case NAME -> rows.getString("name");
      case CREATED_AT -> rows.getObject("created_at", OffsetDateTime.class).toInstant().toString();
      case UPDATED_AT -> rows.getObject("updated_at", OffsetDateTime.class).toInstant().toString();
      case RELEVANCE -> new Relevance(rows.getFloat("score"), instant(rows, "updated_at")).key();
    };
  }
}
