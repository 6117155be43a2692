package org.opencrm.crm.application.pipeline.port.out;

import java.util.Map;
import org.opencrm.crm.domain.deal.PipelineId;
import org.opencrm.crm.domain.deal.StageId;

/** How many opportunities each stage of a pipeline holds now, whoever owns them. */
public interface StageUsage {

  /** Per stage holding any; stages holding none are absent. */
  Map<StageId, Long> opportunitiesPerStage(PipelineId pipeline);
}
