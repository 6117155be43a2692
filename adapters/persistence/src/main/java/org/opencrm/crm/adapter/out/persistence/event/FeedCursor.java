package org.opencrm.crm.adapter.out.persistence.event;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** A place in the event feed, (feed order, position), as an opaque URL-safe string. */
record FeedCursor(long feedOrder, long position) {

  private static final String PREFIX = "events|";

  /** Whether this place comes before the other in feed order. */
  boolean isBefore(FeedCursor other) {
    return feedOrder < other.feedOrder
        || (feedOrder == other.feedOrder && position < other.position);
  }

  String encode() {
    String raw = PREFIX + feedOrder + "|" + position;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  static FeedCursor decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      if (!raw.startsWith(PREFIX)) {
        throw invalid();
      }
      String[] parts = raw.substring(PREFIX.length()).split("\\|", -1);
      if (parts.length != 2) {
        throw invalid();
      }
      return new FeedCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static InvalidValueException invalid() {
    return new InvalidValueException(
        PageRequest.CURSOR_INVALID, "after", "The cursor is not one the event feed handed out");
  }
}
