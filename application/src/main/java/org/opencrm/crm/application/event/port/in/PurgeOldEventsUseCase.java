package org.opencrm.crm.application.event.port.in;

import java.time.Duration;

/** Drops the events older than the retention period, a batch at a time. */
public interface PurgeOldEventsUseCase {

  /** How many events were dropped; fewer than {@code batchSize} means none older is left. */
  int purgeOlderThan(Duration retention, int batchSize);
}
