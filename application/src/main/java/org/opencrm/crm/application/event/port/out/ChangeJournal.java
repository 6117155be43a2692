package org.opencrm.crm.application.event.port.out;

import java.util.List;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/**
 * Writes what one save recorded, in its transaction: the history entry and the events for the
 * outbox. One port for both so that an adapter can write them together (one round trip per save).
 */
public interface ChangeJournal {

  /**
   * @param historyEntry the save's history entry, or null when no audited field changed
   * @param events the save's events, in the order they happened (at least one)
   */
  void write(ChangeRecord historyEntry, List<PublishedEvent> events);
}
