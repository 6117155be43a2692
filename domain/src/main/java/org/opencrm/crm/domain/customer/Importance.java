package org.opencrm.crm.domain.customer;

/** Key customers (重点客户) get priority handling; all others are normal. */
public enum Importance {
  KEY,
  NORMAL
}
