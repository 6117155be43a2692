package org.opencrm.crm.domain.shared;

/** The caller's role does not allow this operation (as opposed to a record outside their scope). */
public class AccessDeniedException extends DomainException {

  public AccessDeniedException(String code, String message) {
    super(code, message);
  }
}
