package org.opencrm.crm.application.pool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.in.LeadTransitionCommand;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.application.lead.service.AuditedLeadSaves;
import org.opencrm.crm.application.lead.service.LeadLoader;
import org.opencrm.crm.application.pool.port.in.AssignLeadsCommand;
import org.opencrm.crm.application.pool.port.in.ChangeLeadOwnershipUseCase;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.application.user.port.out.UserRepository;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.user.NewOwnerRule;
import org.opencrm.crm.domain.user.User;

@ApplicationScoped
@Transactional
public class LeadOwnershipService implements ChangeLeadOwnershipUseCase {

  public static final String TOO_MANY_LEADS = "lead.assign-too-many";
  static final int MAX_ASSIGN = 500;

  private final LeadLoader loader;
  private final LeadRepository leads;
  private final OwnershipLedger ledger;
  private final UserRepository users;
  private final AuditedLeadSaves saves;
  private final PoolPolicyStore policies;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public LeadOwnershipService(
      LeadLoader loader,
      LeadRepository leads,
      OwnershipLedger ledger,
      UserRepository users,
      AuditedLeadSaves saves,
      PoolPolicyStore policies,
      BusinessCalendar calendar,
      Clock clock) {
    this.loader = loader;
    this.leads = leads;
    this.ledger = ledger;
    this.users = users;
    this.saves = saves;
    this.policies = policies;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The rep's own claims are serialised (hold and daily limits) and the lead's row is locked, so of
   * two reps claiming one lead at once the second sees it held and is refused.
   */
  @Override
  public LeadView claim(LeadTransitionCommand command) {
    Actor actor = command.actor();
    LeadPermissions.checkWork(actor);
    ledger.lockRep(actor.id());
    LeadId id = new LeadId(command.leadId());
    Lead lead =
        leads
            .lock(id, actor.scope())
            .orElseThrow(
                () ->
                    leads.exists(id)
                        ? new RuleViolationException(
                            Lead.NOT_IN_POOL, "The lead " + id + " is not in the pool")
                        : new RecordNotFoundException("lead", id));
    lead.checkVersionIfSent(command.expectedVersion());
    Instant now = clock.instant();
    if (lead.status() == LeadStatus.POOL) {
      PoolPolicy policy = policies.current().policy();
      policy.checkClaim(
          ledger.standing(
              actor.id(),
              id,
              calendar.startOfDay(now),
              policy.heldLeadsWorthCounting(),
              policy.claimsWorthCounting()),
          now);
    }
    lead.claim(actor.id(), actor.team(), now);
    Lead saved = saves.save(actor, lead);
    return LeadView.of(saved, actor);
  }

  @Override
  public LeadView release(LeadTransitionCommand command) {
    Actor actor = command.actor();
    LeadPermissions.checkWork(actor);
    String reason = Text.required("reason", command.reason(), 500);
    Lead lead = loader.lockForChange(actor, command.leadId());
    lead.checkVersionIfSent(command.expectedVersion());
    lead.release(reason, clock.instant());
    Lead saved = saves.save(actor, lead);
    return LeadView.of(saved, actor);
  }

  @Override
  public List<LeadView> assign(AssignLeadsCommand command) {
    Actor actor = command.actor();
    UserId rep = new UserId(Text.required("repId", command.repId(), 255));
    Optional<User> repEntry = users.find(rep);
    // Managers assign within their own team; an admin's assignment takes the rep's team unless
    // the admin names one.
    String team =
        command.team() != null
            ? command.team()
            : actor.has(Role.ADMIN)
                ? repEntry.map(User::team).map(TeamId::value).orElse(null)
                : teamOf(actor);
    LeadPermissions.checkAssign(actor, team);
    NewOwnerRule.check(rep, repEntry, team == null ? null : new TeamId(team), "repId");
    List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(command.leadIds()));
    if (ids.isEmpty() || ids.size() > MAX_ASSIGN) {
      throw new InvalidValueException(
          TOO_MANY_LEADS, "leadIds", "Assign from 1 to " + MAX_ASSIGN + " leads at once");
    }
    ledger.lockRep(rep);
    Instant now = clock.instant();
    PoolPolicy policy = policies.current().policy();
    long held = ledger.heldLeads(rep, policy.heldLeadsWorthCounting());
    List<LeadView> assigned = new ArrayList<>();
    for (UUID leadId : ids) {
      Lead lead =
          leads
              .lock(new LeadId(leadId), actor.scope())
              .orElseThrow(() -> new RecordNotFoundException("lead", leadId));
      policy.checkHoldLimit(held);
      lead.assign(rep, team == null ? null : new TeamId(team), now);
      Lead saved = saves.save(actor, lead);
      held++;
      assigned.add(LeadView.of(saved, actor));
    }
    return assigned;
  }

  private static String teamOf(Actor actor) {
    return actor.team() == null ? null : actor.team().value();
  }
}
