package org.opencrm.crm.domain.deal;

public enum OpportunityStatus {
  OPEN,
  WON,
  LOST
}
