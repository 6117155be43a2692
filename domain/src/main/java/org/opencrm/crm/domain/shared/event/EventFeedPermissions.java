package org.opencrm.crm.domain.shared.event;

import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/**
 * Who reads the event feed: admins, and the integration clients granted {@link Role#EVENTS_READER}.
 * Not sales reps (the feed spans every team) nor a client that only captures.
 */
public final class EventFeedPermissions {

  public static final String NOT_ALLOWED = "events.not-allowed";

  private EventFeedPermissions() {}

  public static void checkRead(Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.EVENTS_READER)) {
      throw new AccessDeniedException(
          NOT_ALLOWED, "Reading the event feed needs the admin or the events-reader role");
    }
  }
}
