package org.opencrm.crm.domain.shared;

/** The same party already exists (查重): creating it again would make two reps chase one customer. */
public class DuplicateDetectedException extends DomainException {

  public DuplicateDetectedException(String code, String message) {
    super(code, message);
  }
}
