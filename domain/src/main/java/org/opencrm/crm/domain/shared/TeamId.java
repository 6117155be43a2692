package org.opencrm.crm.domain.shared;

/** A sales team, as named by the identity provider's {@code team} claim. */
public record TeamId(String value) {

  public TeamId {
    value = Text.required("team", value, 100);
  }

  @Override
  public String toString() {
    return value;
  }
}
