package org.opencrm.crm.adapter.out.persistence.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.jpa.HibernateHints;
import org.opencrm.crm.application.event.FeedEntry;
import org.opencrm.crm.application.event.FeedPage;
import org.opencrm.crm.application.event.FeedRequest;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.application.event.port.out.EventOutbox;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.event.CursorExpiredException;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/**
 * The outbox in PostgreSQL (see the V8 migration for how the feed order is kept stable; since V10
 * the insert computes it). A page reads only below the horizon, the oldest transaction still
 * running: what lies beyond may yet be joined by events that sort before it.
 */
@ApplicationScoped
class EventOutboxAdapter implements EventOutbox {

  /** Below the horizon and after the cursor. */
  private static final String WINDOW =
      "feed_order < :horizon AND (feed_order, position) > (:afterOrder, :afterPosition)";

  /**
   * One event's values; {@code #} stands for its index. Its feed order: the writing transaction's
   * id, raised to the subject's last feed order (V8 says why). Events of one save share it and keep
   * their order by position.
   */
  private static final String ROW =
      "(greatest(pg_current_xact_id()::text::bigint, coalesce((SELECT max(d.feed_order) FROM"
          + " domain_event d WHERE d.subject_id = :subjectId#), 0)), :id#, :type#, :subjectType#,"
          + " :subjectId#, :version#, :occurredAt#, :actorKind#, :actorId#, CAST(:reason# AS text),"
          + " CAST(:changes# AS jsonb), CAST(:refs# AS jsonb))";

  private final EntityManager em;
  private final ObjectMapper json;

  EventOutboxAdapter(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  @Override
  public void append(List<PublishedEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    // One statement for a save's events, which computes their feed order as it inserts them.
    var insert =
        em.createNativeQuery(
            "INSERT INTO domain_event (feed_order, id, type, subject_type, subject_id,"
                + " subject_version, occurred_at, actor_kind, actor_id, reason, changes, refs)"
                + " VALUES "
                + String.join(
                    ", ",
                    IntStream.range(0, events.size())
                        .mapToObj(i -> ROW.replace("#", String.valueOf(i)))
                        .toList()));
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
          .setParameter("changes" + i, json(storedChanges(event)))
          .setParameter("refs" + i, json(event.references()));
    }
    insert.executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public FeedPage read(FeedRequest request) {
    FeedCursor after =
        request.after() == null ? new FeedCursor(0, 0) : FeedCursor.decode(request.after());
    // The horizon and how far the purge has come, in one round trip.
    Object[] bounds =
        (Object[])
            em.createNativeQuery(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, feed_order,"
                        + " position FROM domain_event_purge")
                .getSingleResult();
    FeedCursor purgedThrough =
        new FeedCursor(((Number) bounds[1]).longValue(), ((Number) bounds[2]).longValue());
    if (request.after() != null && after.isBefore(purgedThrough)) {
      throw new CursorExpiredException();
    }
    List<String> types = List.copyOf(request.types());
    String sql =
        types.isEmpty()
            ? "SELECT * FROM domain_event WHERE "
                + WINDOW
                + " ORDER BY feed_order, position LIMIT :n"
            // One index range per type, merged: a rare type is found without walking the others.
            : "SELECT * FROM ("
                + String.join(
                    " UNION ALL ",
                    IntStream.range(0, types.size())
                        .mapToObj(
                            i ->
                                "(SELECT * FROM domain_event WHERE type = :type"
                                    + i
                                    + " AND "
                                    + WINDOW
                                    + " ORDER BY feed_order, position LIMIT :n)")
                        .toList())
                + ") e ORDER BY feed_order, position LIMIT :n";
    var query =
        em.createNativeQuery(sql, DomainEventEntity.class)
            .setParameter("horizon", ((Number) bounds[0]).longValue())
            .setParameter("afterOrder", after.feedOrder())
            .setParameter("afterPosition", after.position())
            .setParameter("n", request.limit() + 1)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    for (int i = 0; i < types.size(); i++) {
      query.setParameter("type" + i, types.get(i));
    }
    List<DomainEventEntity> rows = query.getResultList();
    boolean more = rows.size() > request.limit();
    List<FeedEntry> entries =
        rows.stream()
            .limit(request.limit())
            .map(
                row ->
                    new FeedEntry(
                        new FeedCursor(row.getFeedOrder(), row.getPosition()).encode(),
                        toEvent(row)))
            .toList();
    String next = entries.isEmpty() ? request.after() : entries.get(entries.size() - 1).cursor();
    return new FeedPage(entries, next, more);
  }

  @Override
  public int purgeBefore(Instant cutoff, int batchSize) {
    Number purged =
        (Number)
            em.createNativeQuery(
                    "WITH gone AS (DELETE FROM domain_event WHERE position IN (SELECT position"
                        + " FROM domain_event WHERE occurred_at < :cutoff ORDER BY occurred_at"
                        + " LIMIT :batch) RETURNING feed_order, position),"
                        + " last AS (SELECT feed_order, position FROM gone"
                        + " ORDER BY feed_order DESC, position DESC LIMIT 1),"
                        + " moved AS (UPDATE domain_event_purge p SET feed_order = last.feed_order,"
                        + " position = last.position FROM last"
                        + " WHERE (last.feed_order, last.position) > (p.feed_order, p.position))"
                        + " SELECT count(*) FROM gone")
                .setParameter("cutoff", cutoff)
                .setParameter("batch", batchSize)
                .getSingleResult();
    return purged.intValue();
  }

  private static List<DomainEventEntity.StoredChange> storedChanges(PublishedEvent event) {
    return event.changes().stream()
        .map(c -> new DomainEventEntity.StoredChange(c.field(), c.from(), c.to(), c.masked()))
        .toList();
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An event's values could not be written as JSON", e);
    }
  }

  private static PublishedEvent toEvent(DomainEventEntity row) {
    return new PublishedEvent(
        row.getId(),
        row.getType(),
        row.getSubjectType(),
        row.getSubjectId(),
        row.getSubjectVersion(),
        row.getOccurredAt(),
        ActorKind.valueOf(row.getActorKind()),
        row.getActorId(),
        row.getReason(),
        row.getChanges().stream()
            .map(c -> new ReportedChange(c.field(), c.from(), c.to(), c.masked()))
            .toList(),
        row.getRefs());
  }
}
