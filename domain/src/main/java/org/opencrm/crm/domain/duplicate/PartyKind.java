package org.opencrm.crm.domain.duplicate;

/** What kind of record a duplicate candidate is. */
public enum PartyKind {
  LEAD,
  CUSTOMER,
  CONTACT
}
