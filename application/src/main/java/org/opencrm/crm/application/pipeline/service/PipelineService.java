package org.opencrm.crm.application.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.pipeline.StageDraft;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.application.pipeline.port.in.ConfigurePipelinesUseCase;
import org.opencrm.crm.application.pipeline.port.out.LostReasonsStore;
import org.opencrm.crm.application.pipeline.port.out.PipelineRepository;
import org.opencrm.crm.application.pipeline.port.out.StageUsage;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.LostReasons;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.PipelineId;
import org.opencrm.crm.domain.deal.Stage;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

@ApplicationScoped
@Transactional
public class PipelineService implements ConfigurePipelinesUseCase {

  private final PipelineRepository pipelines;
  private final StageUsage usage;
  private final LostReasonsStore lostReasons;
  private final Clock clock;

  public PipelineService(
      PipelineRepository pipelines, StageUsage usage, LostReasonsStore lostReasons, Clock clock) {
    this.pipelines = pipelines;
    this.usage = usage;
    this.lostReasons = lostReasons;
    this.clock = clock;
  }

  @Override
  public Pipeline create(Actor actor, String name, List<StageDraft> stages) {
    DealPermissions.checkConfigure(actor);
    return pipelines.add(Pipeline.create(name, stages(stages, null), clock.instant()));
  }

  @Override
  public Pipeline revise(
      Actor actor, UUID pipelineId, long expectedVersion, String name, List<StageDraft> stages) {
    DealPermissions.checkConfigure(actor);
    Pipeline pipeline =
        pipelines
            .find(new PipelineId(pipelineId))
            .orElseThrow(() -> new RecordNotFoundException("pipeline", pipelineId));
    pipeline.checkVersion(expectedVersion);
    pipeline.revise(
        name,
        stages(stages, pipeline),
        usage.opportunitiesPerStage(pipeline.id()),
        clock.instant());
    return pipelines.save(pipeline);
  }

  @Override
  public VersionedLostReasons setLostReasons(
      Actor actor, List<String> reasons, long expectedVersion) {
    DealPermissions.checkConfigure(actor);
    Instant now = clock.instant();
    return lostReasons.save(new LostReasons(reasons), expectedVersion, actor.id().value(), now);
  }

  /** The drafts as stages: a draft naming an id keeps one of the pipeline's own stages. */
  private static List<Stage> stages(List<StageDraft> drafts, Pipeline current) {
    if (drafts == null) {
      return null;
    }
    List<Stage> stages = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      StageDraft draft = drafts.get(i);
      String at = "stages[" + i + "]";
      StageId id;
      if (draft.id() == null) {
        id = StageId.newId();
      } else if (current != null && current.find(new StageId(draft.id())).isPresent()) {
        id = new StageId(draft.id());
      } else {
        throw new InvalidValueException(
            Pipeline.STAGE_UNKNOWN,
            at + ".id",
            "The pipeline has no stage with this id; leave the id out for a new stage");
      }
      try {
        stages.add(
            new Stage(
                id,
                draft.name(),
                draft.probability(),
                draft.outcome(),
                draft.requiredToEnter(),
                draft.commit()));
      } catch (InvalidValueException e) {
        throw e.at(at + "." + e.field());
      }
    }
    return stages;
  }
}
