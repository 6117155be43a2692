package org.opencrm.crm.application.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.opencrm.crm.application.event.FeedPage;
import org.opencrm.crm.application.event.FeedRequest;
import org.opencrm.crm.application.event.port.in.EventFeedQueries;
import org.opencrm.crm.application.event.port.in.PurgeOldEventsUseCase;
import org.opencrm.crm.application.event.port.out.EventOutbox;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.event.EventFeedPermissions;

@ApplicationScoped
@Transactional
public class EventFeedService implements EventFeedQueries, PurgeOldEventsUseCase {

  private final EventOutbox outbox;
  private final Clock clock;

  public EventFeedService(EventOutbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public FeedPage read(Actor actor, FeedRequest request) {
    EventFeedPermissions.checkRead(actor);
    return outbox.read(request);
  }

  @Override
  public int purgeOlderThan(Duration retention, int batchSize) {
    return outbox.purgeBefore(clock.instant().minus(retention), batchSize);
  }
}
