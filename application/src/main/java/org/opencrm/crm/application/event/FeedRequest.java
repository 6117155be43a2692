package org.opencrm.crm.application.event;

import java.util.Set;
import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * Which events to read: those after {@code after} (null: from the oldest kept), of the given types
 * (empty: all), at most {@code limit}.
 */
public record FeedRequest(String after, Set<String> types, int limit) {

  public static final int MAX_LIMIT = 1000;
  public static final int DEFAULT_LIMIT = 100;
  public static final String TYPE_UNKNOWN = "events.type-unknown";

  public FeedRequest {
    types = Set.copyOf(types);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException(
          "page.limit-out-of-range", "limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    for (String type : types) {
      if (EventType.named(type).isEmpty()) {
        throw new InvalidValueException(
            TYPE_UNKNOWN, "types", "No event type is called '" + type + "'");
      }
    }
  }
}
