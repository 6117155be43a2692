package org.opencrm.crm.domain.contract;

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
  TERMINATED
}
