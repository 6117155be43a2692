package org.opencrm.crm.adapter.in.rest.common;

/** A change came without {@code If-Match} (answered 428: we never apply a blind overwrite). */
public class PreconditionRequiredException extends RuntimeException {

  public static final String CODE = "precondition.if-match-required";

  public PreconditionRequiredException() {
    super(
        "Send If-Match with the ETag of the version you read, to avoid overwriting a newer change");
  }
}
