package org.opencrm.crm.application.opportunity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.opportunity.OpportunityFilter;
import org.opencrm.crm.application.opportunity.OpportunitySort;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.StageVisitView;
import org.opencrm.crm.application.opportunity.port.in.OpportunityQueries;
import org.opencrm.crm.application.opportunity.port.out.OpportunitySearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.shared.Actor;

@ApplicationScoped
@Transactional
public class OpportunityQueryService implements OpportunityQueries {

  private final OpportunityLoader loader;
  private final OpportunitySearch search;

  public OpportunityQueryService(OpportunityLoader loader, OpportunitySearch search) {
    this.loader = loader;
    this.search = search;
  }

  @Override
  public OpportunityView get(Actor actor, UUID opportunityId) {
    DealPermissions.checkRead(actor);
    return loader.view(actor, opportunityId);
  }

  @Override
  public Page<OpportunityView> list(
      Actor actor, OpportunityFilter filter, OpportunitySort sort, PageRequest page) {
    DealPermissions.checkRead(actor);
    return search.list(filter, sort, page, actor.scope());
  }

  @Override
  public List<StageVisitView> stageHistory(Actor actor, UUID opportunityId) {
    DealPermissions.checkRead(actor);
    OpportunityView visible = loader.view(actor, opportunityId);
    return search.visits(new OpportunityId(visible.id()));
  }
}
