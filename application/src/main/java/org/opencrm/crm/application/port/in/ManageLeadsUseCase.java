package org.opencrm.crm.application.port.in;

/** Capture leads from every channel, keep their data right, disqualify them (线索管理). */
public interface ManageLeadsUseCase {

  CaptureResult capture(CaptureLeadCommand command);

  CaptureResult update(UpdateLeadCommand command);

  LeadView disqualify(LeadTransitionCommand command);
}
