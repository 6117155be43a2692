package org.opencrm.crm.domain.shared;

/**
 * The request conflicts with the record's state or a business rule (e.g. archived, not allowed).
 */
public class RuleViolationException extends DomainException {

  public RuleViolationException(String code, String message) {
    super(code, message);
  }
}
