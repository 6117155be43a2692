package org.opencrm.crm.adapter.out.persistence.customer;

import org.opencrm.crm.domain.customer.DealStatus;

/**
 * A customer's deal status in SQL, over the customer row {@code c}: the two facts it is derived
 * from, each an index probe (contract by customer, opportunity by customer and status).
 */
final class DealStatusSql {

  /** A contract signed, in force or fulfilled. */
  static final String SIGNED_CONTRACT =
      "EXISTS (SELECT 1 FROM contract k WHERE k.customer_id = c.id"
          + " AND k.status IN ('ACTIVE', 'COMPLETED'))";

  static final String OPEN_OPPORTUNITY =
      "EXISTS (SELECT 1 FROM opportunity o WHERE o.customer_id = c.id AND o.status = 'OPEN')";

  private DealStatusSql() {}

  /** The condition for customers of the status (as {@link DealStatus#of} derives it). */
  static String condition(DealStatus status) {
    return switch (status) {
      case CLOSED -> SIGNED_CONTRACT;
      case NEGOTIATING -> "NOT " + SIGNED_CONTRACT + " AND " + OPEN_OPPORTUNITY;
      case POTENTIAL -> "NOT " + SIGNED_CONTRACT + " AND NOT " + OPEN_OPPORTUNITY;
    };
  }
}
