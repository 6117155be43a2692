package org.opencrm.crm.domain.customer;

/**
 * Where a customer stands in dealing with us (成交状态), derived, never set: CLOSED (已成交) with a
 * contract signed and in force or fulfilled, else NEGOTIATING (正在谈判) with an open opportunity, else
 * POTENTIAL (潜在).
 */
public enum DealStatus {
  POTENTIAL,
  NEGOTIATING,
  CLOSED;

  public static DealStatus of(boolean hasSignedContract, boolean hasOpenOpportunity) {
    if (hasSignedContract) {
      return CLOSED;
    }
    return hasOpenOpportunity ? NEGOTIATING : POTENTIAL;
  }
}
