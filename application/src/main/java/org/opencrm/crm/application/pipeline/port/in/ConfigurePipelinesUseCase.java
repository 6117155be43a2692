package org.opencrm.crm.application.pipeline.port.in;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.pipeline.StageDraft;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.shared.Actor;

/** Admins configure the sales pipelines and the reasons a deal may be lost for. */
public interface ConfigurePipelinesUseCase {

  /** A new pipeline; its name is unique (409 pipeline.name-taken), its stages all new. */
  Pipeline create(Actor actor, String name, List<StageDraft> stages);

  /**
   * Replaces the pipeline's name and stages, checking the version read: stages named by id keep it
   * (and their history), stages without one are new, a stage left out is removed unless
   * opportunities are in it (409 pipeline.stage-in-use).
   */
  Pipeline revise(
      Actor actor, UUID pipelineId, long expectedVersion, String name, List<StageDraft> stages);

  /** Replaces the list of lost reasons, checking the version read. */
  VersionedLostReasons setLostReasons(Actor actor, List<String> reasons, long expectedVersion);
}
