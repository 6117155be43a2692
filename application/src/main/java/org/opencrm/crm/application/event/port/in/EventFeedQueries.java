package org.opencrm.crm.application.event.port.in;

import org.opencrm.crm.application.event.FeedPage;
import org.opencrm.crm.application.event.FeedRequest;
import org.opencrm.crm.domain.shared.Actor;

/** The event feed for integrations: what happened, in a stable order, replayable from a cursor. */
public interface EventFeedQueries {

  FeedPage read(Actor actor, FeedRequest request);
}
