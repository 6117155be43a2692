package org.opencrm.crm.application.user.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.application.user.port.out.UserRepository;
import org.opencrm.crm.domain.customer.OwnerChangeRule;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.user.NewOwnerRule;
import org.opencrm.crm.domain.user.User;

/**
 * Who holds a deal record (an opportunity, a contract): the one rule for naming a holder other than
 * the default, and for handing a record over. Naming another rep is for managers (within their
 * team) and admins, and the rep must be an active user of the directory who owns records, in the
 * record's team.
 */
@ApplicationScoped
public class RecordHolders {

  /** A record's owner and team. */
  public record Holder(UserId owner, TeamId team) {}

  private final UserRepository users;

  public RecordHolders(UserRepository users) {
    this.users = users;
  }

  /**
   * The holder of a new record: the requested rep (in their directory team), or the default one
   * (the customer's owner and team).
   */
  public Holder forNewRecord(Actor actor, String requestedOwner, Holder byDefault) {
    Holder holder;
    if (requestedOwner == null) {
      holder = byDefault;
    } else {
      UserId owner = new UserId(requestedOwner);
      holder = new Holder(owner, users.find(owner).map(User::team).orElse(null));
      if (!owner.equals(actor.id())) {
        OwnerChangeRule.check(actor, holder.team());
      }
    }
    if (!holder.owner().equals(actor.id())) {
      NewOwnerRule.check(holder.owner(), users.find(holder.owner()), holder.team(), "ownerId");
    }
    return holder;
  }

  /** The new holder a patch asks for, checked; empty when it names none or the same one. */
  public Optional<Holder> handover(
      Actor actor, PatchField<String> ownerId, PatchField<String> team, Holder current) {
    if (!ownerId.present() && !team.present()) {
      return Optional.empty();
    }
    if (ownerId.present() && ownerId.value() == null) {
      throw new InvalidValueException(Text.REQUIRED, "ownerId", "A record has an owner");
    }
    UserId owner = ownerId.present() ? new UserId(ownerId.value()) : current.owner();
    TeamId newTeam =
        team.present() ? (team.value() == null ? null : new TeamId(team.value())) : current.team();
    if (owner.equals(current.owner()) && Objects.equals(newTeam, current.team())) {
      return Optional.empty();
    }
    OwnerChangeRule.check(actor, newTeam);
    NewOwnerRule.check(owner, users.find(owner), newTeam, "ownerId");
    return Optional.of(new Holder(owner, newTeam));
  }
}
