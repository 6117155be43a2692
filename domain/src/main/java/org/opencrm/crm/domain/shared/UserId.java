package org.opencrm.crm.domain.shared;

/** A person's id at the identity provider (the token's {@code sub}). */
public record UserId(String value) {

  public UserId {
    value = Text.required("userId", value, 255);
  }

  @Override
  public String toString() {
    return value;
  }
}
