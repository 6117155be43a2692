package org.opencrm.crm.adapter.out.persistence.event;

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
 * The outbox in PostgreSQL, as the feed reads it (see the V8 migration for how the feed order is
 * kept stable; {@link ChangeJournalAdapter} writes it). A page reads only below the horizon, the
 * oldest transaction still running: what lies beyond may yet be joined by events that sort before
 * it.
 */
@ApplicationScoped
class EventOutboxAdapter implements EventOutbox {

  /** Below the horizon and after the cursor. */
  private static final String WINDOW =
      "feed_order < :horizon AND (feed_order, position) > (:afterOrder, :afterPosition)";

  private final EntityManager em;

  EventOutboxAdapter(EntityManager em) {
    this.em = em;
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
