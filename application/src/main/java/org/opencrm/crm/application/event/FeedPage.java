package org.opencrm.crm.application.event;

import java.util.List;

/**
 * Events in feed order after a cursor. {@code next} is where to read on (the last entry's cursor,
 * or the one asked for when nothing new has been committed); {@code more} says whether another page
 * is ready now.
 */
public record FeedPage(List<FeedEntry> items, String next, boolean more) {

  public FeedPage {
    items = List.copyOf(items);
  }
}
