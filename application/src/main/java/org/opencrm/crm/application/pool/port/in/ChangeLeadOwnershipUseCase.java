package org.opencrm.crm.application.pool.port.in;

import java.util.List;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.in.LeadTransitionCommand;

/** Move leads between the pool and reps: claim (领取), release (退回), assign (分配). */
public interface ChangeLeadOwnershipUseCase {

  LeadView claim(LeadTransitionCommand command);

  LeadView release(LeadTransitionCommand command);

  List<LeadView> assign(AssignLeadsCommand command);
}
