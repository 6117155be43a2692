package org.opencrm.crm.domain.lead;

import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * What a caller sees of a lead they can reach. A lead inside the caller's data scope (their own,
 * their team's, or any for admins) is shown whole. Anything else they reach (the shared pool, or a
 * lead a manager just closed out of it) is masked: phones and e-mail hidden, and its history and
 * follow-ups, which hold contact data and earlier holders, not shown at all. Every answer that
 * carries a lead, whatever the operation, goes through this one rule.
 */
public final class LeadVisibility {

  private LeadVisibility() {}

  /** Whether the actor sees only the masked side of a lead with this owner and team. */
  public static boolean masked(Actor actor, UserId owner, TeamId team) {
    return !actor.scope().includes(owner, team);
  }

  /** Whether the actor sees only the masked side of this lead. */
  public static boolean masked(Actor actor, Lead lead) {
    return masked(actor, lead.owner(), lead.team());
  }
}
