package org.opencrm.crm.adapter.out.persistence;

import java.util.List;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * The data scope as a SQL condition on a table's {@code owner_id} and {@code team} columns. Every
 * query of owned records appends it; it is the single translation of {@link DataScope}.
 */
public final class DataScopeSql {

  private DataScopeSql() {}

  /** Appends {@code AND <condition>} to the SQL and its parameters to the list. */
  public static void append(DataScope scope, String alias, StringBuilder sql, List<Object> params) {
    if (scope instanceof DataScope.OwnRecords own) {
      sql.append(" AND ").append(alias).append(".owner_id = ?");
      params.add(own.owner().value());
    } else if (scope instanceof DataScope.TeamRecords team) {
      sql.append(" AND ").append(alias).append(".team = ?");
      params.add(team.team().value());
    } else if (!(scope instanceof DataScope.Everything)) {
      sql.append(" AND FALSE");
    }
  }
}
