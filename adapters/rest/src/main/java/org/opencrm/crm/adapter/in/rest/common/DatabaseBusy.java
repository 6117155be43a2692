package org.opencrm.crm.adapter.in.rest.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure to get a database connection in time: every pooled connection stayed busy
 * for the pool's acquisition timeout. That is overload, not a fault, and worth a 503 the caller can
 * retry rather than a 500 incident. The pool (Agroal) reports it as a plain {@link SQLException},
 * wrapped by Hibernate or a read model, so the cause chain is searched for it.
 */
final class DatabaseBusy {

  static final String RETRY_AFTER_SECONDS = "1";

  private DatabaseBusy() {}

  static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getMessage() != null
          && sql.getMessage().contains("acquisition timeout")) {
        return true;
      }
    }
    return false;
  }
}
