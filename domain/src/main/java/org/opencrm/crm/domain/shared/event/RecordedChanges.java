package org.opencrm.crm.domain.shared.event;

import java.util.List;
import java.util.Map;

/**
 * What an aggregate recorded since it was loaded or created: its audit state before the first
 * change, the events in the order they happened, and whether they include its creation (so it has
 * never been stored).
 */
public record RecordedChanges(
    Map<String, String> before, List<DomainEvent> events, boolean creation) {

  public RecordedChanges {
    before = Map.copyOf(before);
    events = List.copyOf(events);
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
