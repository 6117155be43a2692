package org.opencrm.crm.domain.shared;

/** A value is well-formed but semantically invalid (bad checksum, unknown phone number, ...). */
public class InvalidValueException extends DomainException {

  private final String field;

  public InvalidValueException(String code, String field, String message) {
    super(code, message);
    this.field = field;
  }

  /** The input field at fault, as the API names it (may be a dotted path). */
  public String field() {
    return field;
  }

  /** The same failure, reported against the field path of the caller's input. */
  public InvalidValueException at(String fieldPath) {
    return new InvalidValueException(code(), fieldPath, getMessage());
  }
}
