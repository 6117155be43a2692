package org.opencrm.crm.application.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.application.event.port.out.ChangeJournal;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.RecordedChanges;
import org.opencrm.crm.domain.shared.history.Auditable;
import org.opencrm.crm.domain.shared.history.ChangeRecord;
import org.opencrm.crm.domain.shared.history.ChangeSet;

/**
 * Turns what an aggregate recorded in one save into the history entry (one per save, named after
 * its first event, with every field that changed) and the outbox's events, in the transaction of
 * the save. Nothing recorded, nothing written.
 */
@ApplicationScoped
public class ChangePublisher {

  private final ChangeJournal journal;

  public ChangePublisher(ChangeJournal journal) {
    this.journal = journal;
  }

  /**
   * @param saved the aggregate as saved (its state after, its new version)
   * @param reason why, when the use case knows it and the events do not (a duplicate let in)
   */
  public void publish(
      Actor actor, RecordedChanges recorded, Auditable saved, long version, String reason) {
    if (recorded.isEmpty()) {
      return;
    }
    DomainEvent first = recorded.events().get(0);
    ChangeSet changes = ChangeSet.between(recorded.before(), saved.auditState());
    ChangeRecord historyEntry =
        changes.isEmpty()
            ? null
            : ChangeRecord.of(
                actor,
                first.subjectType(),
                first.subjectId(),
                first.historyAction(),
                changes,
                first.occurredAt(),
                reason != null ? reason : first.reason());
    List<PublishedEvent> events =
        recorded.events().stream()
            .map(
                event ->
                    new PublishedEvent(
                        UUID.randomUUID(),
                        event.type(),
                        event.subjectType(),
                        event.subjectId(),
                        version,
                        event.occurredAt(),
                        actor.kind(),
                        actor.id().value(),
                        event.reason() != null ? event.reason() : reason,
                        event.changes(),
                        event.references()))
            .toList();
    journal.write(historyEntry, events);
  }
}
