package org.opencrm.crm.application.scoring.port.in;

/** The background side of scoring: one batch of the oldest pending rescore job per call. */
public interface RescoreLeadsUseCase {

  /** Works one batch; false when no job is waiting. */
  boolean workOnce(int batchSize);
}
