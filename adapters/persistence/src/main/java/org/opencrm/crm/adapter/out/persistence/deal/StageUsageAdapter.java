package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.application.pipeline.port.out.StageUsage;
import org.opencrm.crm.domain.deal.PipelineId;
import org.opencrm.crm.domain.deal.StageId;

/** Counts a pipeline's opportunities per stage, whoever owns them. */
@ApplicationScoped
class StageUsageAdapter implements StageUsage {

  private final EntityManager em;

  StageUsageAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<StageId, Long> opportunitiesPerStage(PipelineId pipeline) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT stage_id, count(*) FROM opportunity WHERE pipeline_id = :pipeline"
                    + " GROUP BY stage_id")
            .setParameter("pipeline", pipeline.value())
            .getResultList();
    Map<StageId, Long> counts = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      counts.put(new StageId((UUID) columns[0]), ((Number) columns[1]).longValue());
    }
    return counts;
  }
}
