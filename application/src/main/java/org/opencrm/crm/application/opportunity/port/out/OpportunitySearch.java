package org.opencrm.crm.application.opportunity.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.crm.application.opportunity.OpportunityFilter;
import org.opencrm.crm.application.opportunity.OpportunitySort;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.StageVisitView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.shared.DataScope;

/** The opportunities' read side, inside the caller's scope. */
public interface OpportunitySearch {

  Optional<OpportunityView> findView(OpportunityId id, DataScope scope);

  Page<OpportunityView> list(
      OpportunityFilter filter, OpportunitySort sort, PageRequest page, DataScope scope);

  /** The opportunity's stage visits, oldest first (the caller checked it may see it). */
  List<StageVisitView> visits(OpportunityId id);
}
