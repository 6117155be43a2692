package org.opencrm.crm.bootstrap.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.opencrm.crm.application.idempotency.port.in.ExecuteIdempotentlyUseCase;

/**
 * Drops idempotency answers past their 24 hours. Safe on many instances: a delete is idempotent.
 */
@ApplicationScoped
class IdempotencyKeyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);
  private final ExecuteIdempotentlyUseCase idempotency;

  IdempotencyKeyPurge(ExecuteIdempotentlyUseCase idempotency) {
    this.idempotency = idempotency;
  }

  @Scheduled(every = "{crm.idempotency.purge-every}", delayed = "1m")
  void purge() {
    int purged = idempotency.purgeExpired();
    if (purged > 0) {
      LOG.infof("Purged %d expired idempotency keys", purged);
    }
  }
}
