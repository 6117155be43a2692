package org.opencrm.crm.domain.duplicate;

/**
 * On what a candidate matched. Phone, e-mail and credit code identify a party exactly; a similar
 * company name only suggests it.
 */
public enum MatchType {
  PHONE,
  EMAIL,
  CREDIT_CODE,
  SIMILAR_NAME;

  public boolean isExact() {
    return this != SIMILAR_NAME;
  }
}
