package org.opencrm.crm.domain.contract;

/** The receivables aging report's columns (账龄): not yet due, then by days overdue. */
public enum AgingBucket {
  NOT_DUE,
  DAYS_1_30,
  DAYS_31_60,
  DAYS_61_90,
  OVER_90;

  public static AgingBucket of(long daysOverdue) {
    if (daysOverdue <= 0) {
      return NOT_DUE;
    }
    if (daysOverdue <= 30) {
      return DAYS_1_30;
    }
    if (daysOverdue <= 60) {
      return DAYS_31_60;
    }
    return daysOverdue <= 90 ? DAYS_61_90 : OVER_90;
  }
}
