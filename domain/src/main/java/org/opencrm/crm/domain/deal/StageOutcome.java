package org.opencrm.crm.domain.deal;

/** Whether a stage is on the way (OPEN) or where a deal ends (WON, LOST). */
public enum StageOutcome {
  OPEN,
  WON,
  LOST
}
