package org.opencrm.crm.application.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.application.pipeline.port.in.PipelineQueries;
import org.opencrm.crm.application.pipeline.port.out.LostReasonsStore;
import org.opencrm.crm.application.pipeline.port.out.PipelineRepository;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.PipelineId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

@ApplicationScoped
@Transactional
public class PipelineQueryService implements PipelineQueries {

  private final PipelineRepository pipelines;
  private final LostReasonsStore lostReasons;

  public PipelineQueryService(PipelineRepository pipelines, LostReasonsStore lostReasons) {
    this.pipelines = pipelines;
    this.lostReasons = lostReasons;
  }

  @Override
  public List<Pipeline> list(Actor actor) {
    DealPermissions.checkReadConfiguration(actor);
    return pipelines.all();
  }

  @Override
  public Pipeline get(Actor actor, UUID pipelineId) {
    DealPermissions.checkReadConfiguration(actor);
    return pipelines
        .find(new PipelineId(pipelineId))
        .orElseThrow(() -> new RecordNotFoundException("pipeline", pipelineId));
  }

  @Override
  public VersionedLostReasons lostReasons(Actor actor) {
    DealPermissions.checkReadConfiguration(actor);
    return lostReasons.current();
  }
}
