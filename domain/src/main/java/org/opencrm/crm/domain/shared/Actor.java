package org.opencrm.crm.domain.shared;

import java.util.Set;

/** Whoever performs a use case: a signed-in person, an integration client or the system itself. */
public record Actor(UserId id, String displayName, Set<Role> roles, TeamId team, ActorKind kind) {

  private static final Actor SYSTEM =
      new Actor(new UserId("system"), "System", Set.of(Role.ADMIN), null, ActorKind.SYSTEM);

  public Actor {
    if (id == null || kind == null) {
      throw new IllegalArgumentException("an actor has an id and a kind");
    }
    displayName = displayName == null || displayName.isBlank() ? id.value() : displayName;
    roles = Set.copyOf(roles);
  }

  public static Actor system() {
    return SYSTEM;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The records this actor may see and change; see {@link DataScope}. */
  public DataScope scope() {
    return DataScope.of(this);
  }
}
