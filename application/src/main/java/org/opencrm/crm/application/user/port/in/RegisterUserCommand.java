package org.opencrm.crm.application.user.port.in;

import java.util.Set;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/**
 * An admin enters someone who has not signed in yet; their first token brings the entry up to date.
 */
public record RegisterUserCommand(
    Actor actor, String userId, String displayName, String team, Set<Role> roles) {

  public RegisterUserCommand {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
