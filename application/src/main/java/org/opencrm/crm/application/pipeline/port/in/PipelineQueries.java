package org.opencrm.crm.application.pipeline.port.in;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.shared.Actor;

/** The deal configuration, for everyone who sells, serves or reports. */
public interface PipelineQueries {

  /** Every pipeline, by name. */
  List<Pipeline> list(Actor actor);

  Pipeline get(Actor actor, UUID pipelineId);

  VersionedLostReasons lostReasons(Actor actor);
}
