package org.opencrm.crm.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.application.event.FeedEntry;
import org.opencrm.crm.application.event.FeedPage;
import org.opencrm.crm.application.event.FeedRequest;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.application.event.port.out.EventOutbox;

/** The outbox in append order; the cursor is the position in the list. */
public class InMemoryEventOutbox implements EventOutbox {

  private final List<PublishedEvent> events = new ArrayList<>();
  private int purged;

  public void append(List<PublishedEvent> appended) {
    events.addAll(appended);
  }

  @Override
  public FeedPage read(FeedRequest request) {
    int start = request.after() == null ? 0 : Integer.parseInt(request.after()) - purged;
    List<FeedEntry> page = new ArrayList<>();
    int position = Math.max(start, 0);
    for (; position < events.size() && page.size() < request.limit(); position++) {
      PublishedEvent event = events.get(position);
      if (request.types().isEmpty() || request.types().contains(event.type())) {
        page.add(new FeedEntry(String.valueOf(position + 1 + purged), event));
      }
    }
    String next = page.isEmpty() ? request.after() : page.get(page.size() - 1).cursor();
    return new FeedPage(page, next, position < events.size());
  }

  @Override
  public int purgeBefore(Instant cutoff, int batchSize) {
    int before = events.size();
    events.removeIf(e -> e.occurredAt().isBefore(cutoff));
    purged += before - events.size();
    return before - events.size();
  }

  public List<PublishedEvent> all() {
    return List.copyOf(events);
  }
}
