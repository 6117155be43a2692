package org.opencrm.crm.domain.shared;

/** The record does not exist, or lies outside the caller's data scope (the two look the same). */
public class RecordNotFoundException extends DomainException {

  public static final String CODE = "record.not-found";

  public RecordNotFoundException(String kind, Object id) {
    super(CODE, "No " + kind + " with id " + id + " is visible to you");
  }
}
