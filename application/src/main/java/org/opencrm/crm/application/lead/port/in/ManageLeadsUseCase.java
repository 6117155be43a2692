package org.opencrm.crm.application.lead.port.in;

import org.opencrm.crm.application.lead.LeadView;

/** Capture leads from every channel, keep their data right, disqualify them (线索管理). */
public interface ManageLeadsUseCase {

  CaptureResult capture(CaptureLeadCommand command);

  CaptureResult update(UpdateLeadCommand command);

  LeadView disqualify(LeadTransitionCommand command);
}
