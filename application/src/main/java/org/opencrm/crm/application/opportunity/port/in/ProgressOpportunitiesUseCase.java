package org.opencrm.crm.application.opportunity.port.in;

import org.opencrm.crm.application.opportunity.OpportunityView;

/** An opportunity moves through its pipeline's stages until it is won or lost. */
public interface ProgressOpportunitiesUseCase {

  /** To another open stage of its pipeline: entering one needs what the stage requires. */
  OpportunityView moveToStage(OpportunityActionCommand command);

  OpportunityView win(OpportunityActionCommand command);

  /** Lost, for one of the admins' lost reasons. */
  OpportunityView lose(OpportunityActionCommand command);

  /** Open again (managers and admins), in the last open stage it was in. */
  OpportunityView reopen(OpportunityActionCommand command);
}
