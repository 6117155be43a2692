package org.opencrm.crm.domain.shared;

import java.util.Optional;

/** The roles a caller may hold; they come from the identity provider's token. */
public enum Role {
  ADMIN,
  MANAGER,
  SALES,
  SERVICE,
  ANALYST,
  /** A system client such as a web form or a partner system, not a person. */
  INTEGRATION;

  public static Optional<Role> fromClaim(String claim) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(claim)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
