package org.opencrm.crm.application.opportunity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.service.CustomerLoader;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.port.in.ManageOpportunitiesUseCase;
import org.opencrm.crm.application.opportunity.port.in.OpenOpportunityCommand;
import org.opencrm.crm.application.opportunity.port.in.OpportunityPatch;
import org.opencrm.crm.application.opportunity.port.in.UpdateOpportunityCommand;
import org.opencrm.crm.application.pipeline.port.out.PipelineRepository;
import org.opencrm.crm.application.user.service.RecordHolders;
import org.opencrm.crm.application.user.service.RecordHolders.Holder;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.deal.OpportunityDetails;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.PipelineId;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** Opens opportunities and revises them; their moves are {@link OpportunityStageService}'s. */
@ApplicationScoped
@Transactional
public class OpportunityService implements ManageOpportunitiesUseCase {

  private final OpportunityLoader loader;
  private final AuditedOpportunitySaves saves;
  private final CustomerLoader customers;
  private final PipelineRepository pipelines;
  private final DealDrafts drafts;
  private final RecordHolders holders;
  private final Clock clock;

  public OpportunityService(
      OpportunityLoader loader,
      AuditedOpportunitySaves saves,
      CustomerLoader customers,
      PipelineRepository pipelines,
      DealDrafts drafts,
      RecordHolders holders,
      Clock clock) {
    this.loader = loader;
    this.saves = saves;
    this.customers = customers;
    this.pipelines = pipelines;
    this.drafts = drafts;
    this.holders = holders;
    this.clock = clock;
  }

  @Override
  public OpportunityView open(OpenOpportunityCommand command) {
    Actor actor = command.actor();
    DealPermissions.checkWrite(actor);
    CustomerView customer = customers.view(actor, command.customerId());
    PipelineId pipelineId =
        command.pipelineId() == null ? Pipeline.STANDARD : new PipelineId(command.pipelineId());
    Pipeline pipeline =
        pipelines
            .find(pipelineId)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        Pipeline.UNKNOWN, "pipelineId", "No pipeline has this id"));
    CustomerId customerId = new CustomerId(customer.id());
    OpportunityDetails details = drafts.details(command.draft(), customerId);

    Holder holder =
        holders.forNewRecord(
            actor,
            command.ownerId(),
            new Holder(
                new UserId(customer.ownerId()),
                customer.team() == null ? null : new TeamId(customer.team())));
    Opportunity opened =
        Opportunity.open(
            customerId,
            details,
            pipeline,
            command.stageId() == null ? null : new StageId(command.stageId()),
            holder.owner(),
            holder.team(),
            clock.instant());
    return loader.viewOf(saves.save(actor, opened));
  }

  @Override
  public OpportunityView update(UpdateOpportunityCommand command) {
    Actor actor = command.actor();
    DealPermissions.checkWrite(actor);
    Opportunity opportunity = loader.load(actor, command.opportunityId());
    opportunity.checkVersion(command.expectedVersion());
    Instant now = clock.instant();
    OpportunityPatch patch = command.patch();
    if (patch.contacts().present()) {
      drafts.checkContacts(patch.contacts().value(), opportunity.customer());
    }
    OpportunityDetails revised = merge(opportunity.details(), patch);
    if (!revised.equals(opportunity.details())) {
      opportunity.revise(revised, loader.pipelineOf(opportunity), now);
    }
    transferIfAsked(actor, opportunity, patch, now);
    return loader.viewOf(saves.save(actor, opportunity));
  }

  private OpportunityDetails merge(OpportunityDetails current, OpportunityPatch patch) {
    DealValue value = current.value();
    if (patch.amount().present() || patch.lineItems().present()) {
      value = drafts.value(patch.amount().value(), patch.lineItems().value());
    }
    return new OpportunityDetails(
        patch.name().orElse(current.name()),
        value,
        patch.expectedCloseDate().orElse(current.expectedCloseDate()),
        patch.source().orElse(current.source()),
        patch.nextStep().orElse(current.nextStep()),
        patch.competitor().orElse(current.competitor()),
        patch.contacts().orElse(current.contacts()));
  }

  private void transferIfAsked(
      Actor actor, Opportunity opportunity, OpportunityPatch patch, Instant now) {
    holders
        .handover(
            actor,
            patch.ownerId(),
            patch.team(),
            new Holder(opportunity.owner(), opportunity.team()))
        .ifPresent(holder -> opportunity.transferTo(holder.owner(), holder.team(), now));
  }
}
