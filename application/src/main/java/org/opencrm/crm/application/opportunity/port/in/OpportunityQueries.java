package org.opencrm.crm.application.opportunity.port.in;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.opportunity.OpportunityFilter;
import org.opencrm.crm.application.opportunity.OpportunitySort;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.StageVisitView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.Actor;

/** Reads of opportunities, inside the caller's scope. */
public interface OpportunityQueries {

  OpportunityView get(Actor actor, UUID opportunityId);

  Page<OpportunityView> list(
      Actor actor, OpportunityFilter filter, OpportunitySort sort, PageRequest page);

  /** Every stage it was in, oldest first, with entry and exit times. */
  List<StageVisitView> stageHistory(Actor actor, UUID opportunityId);
}
