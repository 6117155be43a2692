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
  INTEGRATION,
  /**
   * Reads the event feed: an integration client granted it (claim {@code events-reader}), so that a
   * client that only captures leads cannot read what happens in the CRM.
   */
  EVENTS_READER;

  /** Held only by system clients, never by a person: the actor is an integration. */
  public boolean isClientRole() {
    return this == INTEGRATION || this == EVENTS_READER;
  }

  /**
   * The role a token's claim names, case-insensitive, with {@code -} or {@code _} between words.
   */
  public static Optional<Role> fromClaim(String claim) {
    String name = claim.replace('-', '_');
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
