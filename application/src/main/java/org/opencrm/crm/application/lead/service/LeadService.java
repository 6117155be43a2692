package org.opencrm.crm.application.lead.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.application.duplicate.service.DuplicateScreening;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.in.CaptureLeadCommand;
import org.opencrm.crm.application.lead.port.in.CaptureResult;
import org.opencrm.crm.application.lead.port.in.LeadPatch;
import org.opencrm.crm.application.lead.port.in.LeadTransitionCommand;
import org.opencrm.crm.application.lead.port.in.ManageLeadsUseCase;
import org.opencrm.crm.application.lead.port.in.UpdateLeadCommand;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.application.scoring.port.out.ScoringModelStore;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.Tags;

@ApplicationScoped
@Transactional
public class LeadService implements ManageLeadsUseCase {

  private final LeadLoader loader;
  private final OwnershipLedger ledger;
  private final AuditedLeadSaves saves;
  private final DuplicateScreening screening;
  private final PoolPolicyStore policies;
  private final ScoringModelStore scoring;
  private final Clock clock;

  public LeadService(
      LeadLoader loader,
      OwnershipLedger ledger,
      AuditedLeadSaves saves,
      DuplicateScreening screening,
      PoolPolicyStore policies,
      ScoringModelStore scoring,
      Clock clock) {
    this.loader = loader;
    this.ledger = ledger;
    this.saves = saves;
    this.screening = screening;
    this.policies = policies;
    this.scoring = scoring;
    this.clock = clock;
  }

  @Override
  public CaptureResult capture(CaptureLeadCommand command) {
    Actor actor = command.actor();
    LeadPermissions.checkCapture(actor);
    List<DisclosedDuplicate> possible =
        screening.screen(
            actor, command.profile(), null, command.allowDuplicate(), command.duplicateReason());
    Instant now = clock.instant();
    Lead lead;
    if (command.toPool() || !LeadPermissions.isRep(actor)) {
      lead = Lead.pooled(command.profile(), now);
    } else {
      ledger.lockRep(actor.id());
      PoolPolicy policy = policies.current().policy();
      policy.checkHoldLimit(ledger.heldLeads(actor.id(), policy.heldLeadsWorthCounting()));
      lead = Lead.heldBy(command.profile(), actor.id(), actor.team(), now);
    }
    lead.rescore(scoring.current().model().score(lead.profile()));
    Lead saved =
        saves.save(actor, lead, command.allowDuplicate() ? command.duplicateReason() : null);
    return new CaptureResult(LeadView.of(saved, actor), possible);
  }

  @Override
  public CaptureResult update(UpdateLeadCommand command) {
    Actor actor = command.actor();
    LeadPermissions.checkWork(actor);
    Lead lead = loader.lockForChange(actor, command.leadId());
    lead.checkVersion(command.expectedVersion());
    LeadProfile revised = merge(lead.profile(), command.patch());
    List<DisclosedDuplicate> possible = List.of();
    if (revised.identifiesDifferentlyFrom(lead.profile())) {
      possible =
          screening.screen(
              actor,
              revised,
              command.leadId(),
              command.allowDuplicate(),
              command.duplicateReason());
    }
    Instant now = clock.instant();
    lead.revise(revised, now);
    lead.rescore(scoring.current().model().score(revised));
    Lead saved =
        saves.save(actor, lead, command.allowDuplicate() ? command.duplicateReason() : null);
    return new CaptureResult(LeadView.of(saved, actor), possible);
  }

  @Override
  public LeadView disqualify(LeadTransitionCommand command) {
    Actor actor = command.actor();
    LeadPermissions.checkWork(actor);
    Lead lead = loader.lockForChange(actor, command.leadId());
    lead.checkVersionIfSent(command.expectedVersion());
    lead.disqualify(command.reason(), clock.instant());
    Lead saved = saves.save(actor, lead);
    return LeadView.of(saved, actor);
  }

  private static LeadProfile merge(LeadProfile current, LeadPatch patch) {
    return new LeadProfile(
        patch.personName().orElse(current.personName()),
        patch.company().orElse(current.company()),
        patch.title().orElse(current.title()),
        patch.phones().orElse(current.phones()),
        patch.email().orElse(current.email()),
        patch.creditCode().orElse(current.creditCode()),
        patch.source().orElse(current.source()),
        patch.industry().orElse(current.industry()),
        patch.sizeBand().orElse(current.sizeBand()),
        new Region(
            patch.province().orElse(current.region().province()),
            patch.city().orElse(current.region().city())),
        patch.notes().orElse(current.notes()),
        patch.tags().present() ? Tags.of(patch.tags().value()) : current.tags());
  }
}
