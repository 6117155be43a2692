package org.opencrm.crm.application.event.port.out;

import java.time.Instant;
import java.util.List;
import org.opencrm.crm.application.event.FeedPage;
import org.opencrm.crm.application.event.FeedRequest;
import org.opencrm.crm.application.event.PublishedEvent;

/**
 * Where events wait to be read, written in the transaction of the change they describe. The feed
 * order it keeps is stable: an event committed late never lands before a position already read, and
 * the events of one subject keep the order they happened in.
 */
public interface EventOutbox {

  void append(List<PublishedEvent> events);

  FeedPage read(FeedRequest request);

  /** Drops up to {@code batchSize} events that occurred before {@code cutoff}. */
  int purgeBefore(Instant cutoff, int batchSize);
}
