package org.opencrm.crm.domain.customer;

/** Whether the customer is a company (企业客户) or a private person (个人客户). */
public enum CustomerKind {
  COMPANY,
  PERSON
}
