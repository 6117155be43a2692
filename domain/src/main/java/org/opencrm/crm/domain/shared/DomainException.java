package org.opencrm.crm.domain.shared;

/**
 * A business rule said no. Unchecked so that the use-case transaction rolls back. Carries a stable
 * machine {@link #code()} (the API's problem code) and a message of facts without personal data.
 */
public abstract class DomainException extends RuntimeException {

  private final String code;

  protected DomainException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
