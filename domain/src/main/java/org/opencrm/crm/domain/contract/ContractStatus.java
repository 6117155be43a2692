package org.opencrm.crm.domain.contract;

import java.time.LocalDate;

/**
 * Where a contract is in its life: DRAFT → PENDING_APPROVAL → ACTIVE → COMPLETED or TERMINATED; a
 * rejection sends it back to DRAFT. EXPIRED is never stored: an ACTIVE contract whose end date has
 * passed reads as EXPIRED.
 */
public enum ContractStatus {
  DRAFT,
  PENDING_APPROVAL,
  ACTIVE,
  EXPIRED,
  COMPLETED,
  TERMINATED;

  /** A stored status as of the day: active past the end date reads as expired. */
  public static ContractStatus asOf(ContractStatus stored, LocalDate endsOn, LocalDate today) {
    return stored == ACTIVE && endsOn != null && endsOn.isBefore(today) ? EXPIRED : stored;
  }
}
