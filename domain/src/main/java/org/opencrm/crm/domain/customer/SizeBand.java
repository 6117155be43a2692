package org.opencrm.crm.domain.customer;

/** Company size by head count (企业规模). */
public enum SizeBand {
  /** 1–9 people. */
  MICRO,
  /** 10–99 people. */
  SMALL,
  /** 100–499 people. */
  MEDIUM,
  /** 500–1999 people. */
  LARGE,
  /** 2000 people or more. */
  ENTERPRISE
}
