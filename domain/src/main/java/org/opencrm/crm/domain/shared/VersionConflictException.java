package org.opencrm.crm.domain.shared;

/** The caller changed a record based on a version that is no longer current (lost update). */
public class VersionConflictException extends DomainException {

  public static final String CODE = "record.version-conflict";

  public VersionConflictException(String kind, Object id, long expected, long actual) {
    super(
        CODE,
        "The "
            + kind
            + " "
            + id
            + " is at version "
            + actual
            + ", not "
            + expected
            + "; reload it and apply your change again");
  }
}
