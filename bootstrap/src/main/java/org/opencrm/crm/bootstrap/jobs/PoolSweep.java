package org.opencrm.crm.bootstrap.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opencrm.crm.application.pool.port.in.ReturnLeadsToPoolUseCase;

/**
 * Returns overdue leads to the pool and warns owners a day ahead (自动回收), batch by batch. Safe on
 * many instances at once: each batch locks its leads with SKIP LOCKED, so instances share the work
 * and every lead is returned exactly once; a skipped run changes nothing.
 */
@ApplicationScoped
public class PoolSweep {

  private static final Logger LOG = Logger.getLogger(PoolSweep.class);

  private final ReturnLeadsToPoolUseCase pool;
  private final int batchSize;

  PoolSweep(
      ReturnLeadsToPoolUseCase pool,
      @ConfigProperty(name = "crm.pool.sweep-batch-size", defaultValue = "500") int batchSize) {
    this.pool = pool;
    this.batchSize = batchSize;
  }

  @Scheduled(
      identity = "pool-sweep",
      every = "{crm.pool.sweep-every}",
      delayed = "{crm.pool.sweep-delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    Result result = sweep();
    if (result.returned() > 0 || result.warned() > 0) {
      LOG.infof(
          "Pool sweep: %d leads returned to the pool, %d owners warned",
          result.returned(), result.warned());
    }
  }

  /** What one sweep did. */
  public record Result(int returned, int warned) {}

  /** One full sweep: every overdue lead returned, every owner due a warning warned. */
  public Result sweep() {
    int returned = 0;
    for (int batch = pool.returnOverdue(batchSize);
        batch > 0;
        batch = pool.returnOverdue(batchSize)) {
      returned += batch;
    }
    int warned = 0;
    for (int batch = pool.warnOwners(batchSize); batch > 0; batch = pool.warnOwners(batchSize)) {
      warned += batch;
    }
    return new Result(returned, warned);
  }
}
