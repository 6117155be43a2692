package org.opencrm.crm.application.opportunity.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.port.out.OpportunityRepository;
import org.opencrm.crm.application.opportunity.port.out.OpportunitySearch;
import org.opencrm.crm.application.pipeline.port.out.PipelineRepository;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

/** Loads opportunities the way every use case must: inside the caller's scope, else 404. */
@ApplicationScoped
public class OpportunityLoader {

  private final OpportunityRepository opportunities;
  private final OpportunitySearch search;
  private final PipelineRepository pipelines;

  public OpportunityLoader(
      OpportunityRepository opportunities, OpportunitySearch search, PipelineRepository pipelines) {
    this.opportunities = opportunities;
    this.search = search;
    this.pipelines = pipelines;
  }

  /** The aggregate, for a use case that changes it. */
  public Opportunity load(Actor actor, UUID opportunityId) {
    return opportunities
        .find(new OpportunityId(opportunityId), actor.scope())
        .orElseThrow(() -> new RecordNotFoundException("opportunity", opportunityId));
  }

  /** The read model, inside the caller's scope. */
  public OpportunityView view(Actor actor, UUID opportunityId) {
    return search
        .findView(new OpportunityId(opportunityId), actor.scope())
        .orElseThrow(() -> new RecordNotFoundException("opportunity", opportunityId));
  }

  /** The read model of an opportunity just saved by a use case that was allowed to change it. */
  public OpportunityView viewOf(Opportunity saved) {
    return search.findView(saved.id(), new DataScope.Everything()).orElseThrow();
  }

  /** The pipeline an opportunity is in (pipelines are never deleted). */
  public Pipeline pipelineOf(Opportunity opportunity) {
    return pipelines.find(opportunity.pipeline()).orElseThrow();
  }
}
