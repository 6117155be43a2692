package org.opencrm.crm.application.pipeline.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.PipelineId;

/** The pipelines admins configured, with their current stages. */
public interface PipelineRepository {

  Optional<Pipeline> find(PipelineId id);

  /** Every pipeline, by name. */
  List<Pipeline> all();

  /**
   * Inserts a new pipeline and returns it as stored; {@code DuplicateDetectedException}
   * (pipeline.name-taken) when another pipeline has its name.
   */
  Pipeline add(Pipeline pipeline);

  /**
   * Stores the pipeline's name and stages, checking the stored version; a stage no longer listed is
   * kept aside (still named by the moves recorded through it). Returns it as stored.
   */
  Pipeline save(Pipeline pipeline);
}
