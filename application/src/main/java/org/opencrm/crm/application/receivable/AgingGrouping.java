package org.opencrm.crm.application.receivable;

/** By whom the aging report is broken down. */
public enum AgingGrouping {
  OWNER,
  TEAM
}
