package org.opencrm.crm.application.followup.port.in;

import org.opencrm.crm.domain.followup.FollowUp;

/** Log follow-ups (跟进记录) on leads and customers; on a lead it resets the auto-return clock. */
public interface LogFollowUpUseCase {

  FollowUp log(LogFollowUpCommand command);
}
