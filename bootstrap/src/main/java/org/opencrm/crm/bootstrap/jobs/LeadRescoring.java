package org.opencrm.crm.bootstrap.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencrm.crm.application.scoring.port.in.RescoreLeadsUseCase;

/**
 * Works the rescoring jobs queued by scoring-model changes, batch by batch. Safe on many instances:
 * each batch locks its job row with SKIP LOCKED, so one instance works a job at a time.
 */
@ApplicationScoped
public class LeadRescoring {

  /** Batches per tick, so that one tick never holds the scheduler thread for long. */
  private static final int BATCHES_PER_TICK = 50;

  private final RescoreLeadsUseCase rescoring;
  private final int batchSize;

  LeadRescoring(
      RescoreLeadsUseCase rescoring,
      @ConfigProperty(name = "crm.scoring.batch-size", defaultValue = "1000") int batchSize) {
    this.rescoring = rescoring;
    this.batchSize = batchSize;
  }

  @Scheduled(
      identity = "lead-rescoring",
      every = "{crm.scoring.rescore-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    work(BATCHES_PER_TICK);
  }

  /** Works up to that many batches; how many it worked. */
  public int work(int batches) {
    int worked = 0;
    while (worked < batches && rescoring.workOnce(batchSize)) {
      worked++;
    }
    return worked;
  }
}
