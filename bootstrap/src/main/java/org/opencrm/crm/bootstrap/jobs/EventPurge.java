package org.opencrm.crm.bootstrap.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opencrm.crm.application.event.port.in.PurgeOldEventsUseCase;

/**
 * Drops the events past the feed's retention period, a batch per transaction so that no purge holds
 * the feed back for long. Safe on many instances: a delete is idempotent.
 */
@ApplicationScoped
class EventPurge {

  private static final Logger LOG = Logger.getLogger(EventPurge.class);

  private final PurgeOldEventsUseCase events;
  private final Duration retention;
  private final int batchSize;

  EventPurge(
      PurgeOldEventsUseCase events,
      @ConfigProperty(name = "crm.events.retention") Duration retention,
      @ConfigProperty(name = "crm.events.purge-batch-size", defaultValue = "5000") int batchSize) {
    this.events = events;
    this.retention = retention;
    this.batchSize = batchSize;
  }

  @Scheduled(
      identity = "event-purge",
      every = "{crm.events.purge-every}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    int purged = 0;
    for (int batch = events.purgeOlderThan(retention, batchSize);
        batch > 0;
        batch = events.purgeOlderThan(retention, batchSize)) {
      purged += batch;
      if (batch < batchSize) {
        break;
      }
    }
    if (purged > 0) {
      LOG.infof("Purged %d events older than %s", purged, retention);
    }
  }
}
