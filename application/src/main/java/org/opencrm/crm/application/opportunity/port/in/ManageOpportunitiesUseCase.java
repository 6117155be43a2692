package org.opencrm.crm.application.opportunity.port.in;

import org.opencrm.crm.application.opportunity.OpportunityView;

/** Reps open opportunities (商机) for their customers and keep them up to date. */
public interface ManageOpportunitiesUseCase {

  /** In the standard pipeline's first stage unless the command names others. */
  OpportunityView open(OpenOpportunityCommand command);

  /** Revises details (an open one only) or hands it over, checking the version read. */
  OpportunityView update(UpdateOpportunityCommand command);
}
