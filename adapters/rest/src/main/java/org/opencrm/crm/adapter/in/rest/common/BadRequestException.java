package org.opencrm.crm.adapter.in.rest.common;

import java.util.List;

/** Input that does not have the shape the contract describes (answered 400). */
public class BadRequestException extends RuntimeException {

  public static final String CODE = "request.invalid";
  private final List<Problem.FieldError> errors;

  public BadRequestException(String message, List<Problem.FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
