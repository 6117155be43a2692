package org.opencrm.crm.domain.lead;

/**
 * Where a lead stands: in the pool (公海, no owner), held by a rep, or closed for good (converted
 * into a customer, or disqualified with a reason).
 */
public enum LeadStatus {
  POOL,
  OWNED,
  CONVERTED,
  DISQUALIFIED;

  public boolean isClosed() {
    return this == CONVERTED || this == DISQUALIFIED;
  }
}
