package org.opencrm.crm.adapter.out.persistence.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.IntStream;
import org.opencrm.crm.adapter.out.persistence.history.ChangeHistoryEntity;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.application.event.port.out.ChangeJournal;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/**
 * A save's history entry and its outbox rows in one statement: a round trip per save rather than
 * one per table, on the path of every write.
 */
@ApplicationScoped
class ChangeJournalAdapter implements ChangeJournal {

  private static final String HISTORY =
      "WITH history AS (INSERT INTO change_history (id, aggregate_type, aggregate_id, action,"
          + " actor_id, actor_name, actor_kind, occurred_at, reason, changes) VALUES (:historyId,"
          + " :aggregateType, :aggregateId, :action, :historyActorId, CAST(:actorName AS text),"
          + " :historyActorKind, :historyOccurredAt, CAST(:historyReason AS text),"
          + " CAST(:historyChanges AS jsonb))) ";

  private static final String EVENTS =
      "INSERT INTO domain_event (feed_order, id, type, subject_type, subject_id, subject_version,"
          + " occurred_at, actor_kind, actor_id, reason, changes, refs) VALUES ";

  /**
   * One event's values; {@code #} stands for its index. Its feed order: the writing transaction's
   * id, raised to the subject's last feed order (V8 says why). Events of one save share it and keep
   * their order by position.
   */
  private static final String EVENT =
      "(greatest(pg_current_xact_id()::text::bigint, coalesce((SELECT max(d.feed_order) FROM"
          + " domain_event d WHERE d.subject_id = :subjectId#), 0)), :id#, :type#, :subjectType#,"
          + " :subjectId#, :version#, :occurredAt#, :actorKind#, :actorId#, CAST(:reason# AS text),"
          + " CAST(:changes# AS jsonb), CAST(:refs# AS jsonb))";

  private final EntityManager em;
  private final ObjectMapper json;

  ChangeJournalAdapter(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  @Override
  public void write(ChangeRecord historyEntry, List<PublishedEvent> events) {
    var insert =
        em.createNativeQuery(
            (historyEntry == null ? "" : HISTORY)
                + EVENTS
                + String.join(
                    ", ",
                    IntStream.range(0, events.size())
                        .mapToObj(i -> EVENT.replace("#", String.valueOf(i)))
                        .toList()));
    if (historyEntry != null) {
      insert
          .setParameter("historyId", historyEntry.id())
          .setParameter("aggregateType", historyEntry.aggregateType())
          .setParameter("aggregateId", historyEntry.aggregateId())
          .setParameter("action", historyEntry.action())
          .setParameter("historyActorId", historyEntry.actorId())
          .setParameter("actorName", historyEntry.actorName())
          .setParameter("historyActorKind", historyEntry.actorKind().name())
          .setParameter("historyOccurredAt", historyEntry.occurredAt())
          .setParameter("historyReason", historyEntry.reason())
          .setParameter(
              "historyChanges",
              json(
                  historyEntry.changes().stream()
                      .map(
                          c ->
                              new ChangeHistoryEntity.StoredFieldChange(
                                  c.field(), c.oldValue(), c.newValue()))
                      .toList()));
    }
    for (int i = 0; i < events.size(); i++) {
      PublishedEvent event = events.get(i);
      insert
          .setParameter("id" + i, event.id())
          .setParameter("type" + i, event.type())
          .setParameter("subjectType" + i, event.subjectType())
          .setParameter("subjectId" + i, event.subjectId())
          .setParameter("version" + i, event.subjectVersion())
          .setParameter("occurredAt" + i, event.occurredAt())
          .setParameter("actorKind" + i, event.actorKind().name())
          .setParameter("actorId" + i, event.actorId())
          .setParameter("reason" + i, event.reason())
          .setParameter(
              "changes" + i,
              json(
                  event.changes().stream()
                      .map(
                          c ->
                              new DomainEventEntity.StoredChange(
                                  c.field(), c.from(), c.to(), c.masked()))
                      .toList()))
          .setParameter("refs" + i, json(event.references()));
    }
    insert.executeUpdate();
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A change could not be written as JSON", e);
    }
  }
}
