package org.opencrm.crm.application.fakes;

import java.util.List;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.application.event.port.out.ChangeJournal;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/** Writes into the in-memory history and outbox, as the database adapter writes both tables. */
public class InMemoryChangeJournal implements ChangeJournal {

  private final InMemoryChangeHistory history;
  private final InMemoryEventOutbox outbox;

  public InMemoryChangeJournal(InMemoryChangeHistory history, InMemoryEventOutbox outbox) {
    this.history = history;
    this.outbox = outbox;
  }

  @Override
  public void write(ChangeRecord historyEntry, List<PublishedEvent> events) {
    if (historyEntry != null) {
      history.record(historyEntry);
    }
    outbox.append(events);
  }
}
