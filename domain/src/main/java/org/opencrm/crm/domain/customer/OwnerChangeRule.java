package org.opencrm.crm.domain.customer;

import java.util.Objects;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;

/**
 * Who may hand a customer to another rep: admins to anyone in any team; managers within their own
 * team; nobody else (a rep gives a customer back through the pool, not to a colleague directly).
 */
public final class OwnerChangeRule {

  public static final String NOT_ALLOWED = "customer.owner-change-not-allowed";
  public static final String OTHER_TEAM = "customer.owner-change-outside-team";

  private OwnerChangeRule() {}

  public static void check(Actor actor, TeamId targetTeam) {
    if (actor.has(Role.ADMIN)) {
      return;
    }
    if (!actor.has(Role.MANAGER)) {
      throw new AccessDeniedException(
          NOT_ALLOWED, "Only a manager or an admin may change a customer's owner");
    }
    if (!Objects.equals(actor.team(), targetTeam)) {
      throw new AccessDeniedException(
          OTHER_TEAM, "A manager may hand customers only to reps of their own team");
    }
  }
}
