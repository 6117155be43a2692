package org.opencrm.crm.application.event.port.out;

import java.time.Instant;
import org.opencrm.crm.application.event.FeedPage;
import org.opencrm.crm.application.event.FeedRequest;

/**
 * Where events wait to be read, written in the transaction of the change they describe. The feed
 * order it keeps is stable: an event committed late never lands before a position already read, and
 * the events of one subject keep the order they happened in.
 */
public interface EventOutbox {

  FeedPage read(FeedRequest request);

  /** Drops up to {@code batchSize} events that occurred before {@code cutoff}. */
  int purgeBefore(Instant cutoff, int batchSize);
}
