package org.opencrm.crm.application.job.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.job.BackgroundJob;

/** The progress of background jobs, for the admin who started them. */
public interface JobQueries {

  BackgroundJob get(Actor actor, UUID jobId);
}
