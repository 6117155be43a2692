package org.opencrm.crm.application.opportunity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.BiConsumer;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.port.in.OpportunityActionCommand;
import org.opencrm.crm.application.opportunity.port.in.ProgressOpportunitiesUseCase;
import org.opencrm.crm.application.pipeline.port.out.LostReasonsStore;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

@ApplicationScoped
@Transactional
public class OpportunityStageService implements ProgressOpportunitiesUseCase {

  private final OpportunityLoader loader;
  private final AuditedOpportunitySaves saves;
  private final LostReasonsStore lostReasons;
  private final Clock clock;

  public OpportunityStageService(
      OpportunityLoader loader,
      AuditedOpportunitySaves saves,
      LostReasonsStore lostReasons,
      Clock clock) {
    this.loader = loader;
    this.saves = saves;
    this.lostReasons = lostReasons;
    this.clock = clock;
  }

  @Override
  public OpportunityView moveToStage(OpportunityActionCommand command) {
    if (command.stageId() == null) {
      throw new InvalidValueException(Text.REQUIRED, "stageId", "Name the stage to move to");
    }
    StageId target = new StageId(command.stageId());
    return act(
        command, (opportunity, pipeline) -> opportunity.moveTo(target, pipeline, clock.instant()));
  }

  @Override
  public OpportunityView win(OpportunityActionCommand command) {
    return act(command, (opportunity, pipeline) -> opportunity.win(pipeline, clock.instant()));
  }

  @Override
  public OpportunityView lose(OpportunityActionCommand command) {
    String reason = lostReasons.current().reasons().check(command.reason());
    return act(
        command, (opportunity, pipeline) -> opportunity.lose(reason, pipeline, clock.instant()));
  }

  @Override
  public OpportunityView reopen(OpportunityActionCommand command) {
    DealPermissions.checkReopen(command.actor());
    return act(command, (opportunity, pipeline) -> opportunity.reopen(pipeline, clock.instant()));
  }

  private OpportunityView act(
      OpportunityActionCommand command, BiConsumer<Opportunity, Pipeline> action) {
    Actor actor = command.actor();
    DealPermissions.checkWrite(actor);
    Opportunity opportunity = loader.load(actor, command.opportunityId());
    if (command.expectedVersion() != null) {
      opportunity.checkVersion(command.expectedVersion());
    }
    action.accept(opportunity, loader.pipelineOf(opportunity));
    return loader.viewOf(saves.save(actor, opportunity));
  }
}
