package org.opencrm.crm.adapter.out.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The outbox in PostgreSQL (see the V8 migration for how the feed order is kept stable). A page
 * reads only below the horizon, the oldest transaction still running: what lies beyond may yet be
 * joined by events that sort before it.
 */
@ApplicationScoped
class EventOutboxAdapter implements EventOutbox {

  private final EntityManager em;

  EventOutboxAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(List<PublishedEvent> events) {
    for (PublishedEvent event : events) {
      em.persist(toEntity(event));
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public FeedPage read(FeedRequest request) {
    FeedCursor after =
        request.after() == null ? new FeedCursor(0, 0) : FeedCursor.decode(request.after());
    if (request.after() != null && after.isBefore(purgedThrough())) {
      throw new CursorExpiredException();
    }
    long horizon =
        ((Number)
                em.createNativeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                    .getSingleResult())
            .longValue();
    String sql;
    if (request.types().isEmpty()) {
      sql =
          "SELECT * FROM domain_event WHERE " + WINDOW + " ORDER BY feed_order, position LIMIT :n";
    } else {
      // One index range per type, merged: a rare type is found without walking the others.
      List<String> perType = new ArrayList<>();
      for (int i = 0; i < request.types().size(); i++) {
        perType.add(
            "(SELECT * FROM domain_event WHERE type = :type"
                + i
                + " AND "
                + WINDOW
                + " ORDER BY feed_order, position LIMIT :n)");
      }
      sql =
          "SELECT * FROM ("
              + String.join(" UNION ALL ", perType)
              + ") e ORDER BY feed_order, position LIMIT :n";
    }
    var query =
        em.createNativeQuery(sql, DomainEventEntity.class)
            .setParameter("horizon", horizon)
            .setParameter("afterOrder", after.feedOrder())
            .setParameter("afterPosition", after.position())
            .setParameter("n", request.limit() + 1)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    int i = 0;
    for (String type : request.types().stream().sorted().toList()) {
      query.setParameter("type" + i++, type);
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

  private static final String WINDOW =
      "feed_order < :horizon AND (feed_order, position) > (:afterOrder, :afterPosition)";

  /** Drops a batch and moves the purge horizon to the last dropped event, in one statement. */
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

  private FeedCursor purgedThrough() {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT feed_order, position FROM domain_event_purge")
                .getSingleResult();
    return new FeedCursor(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  private static DomainEventEntity toEntity(PublishedEvent event) {
    DomainEventEntity entity = new DomainEventEntity();
    entity.setId(event.id());
    entity.setType(event.type());
    entity.setSubjectType(event.subjectType());
    entity.setSubjectId(event.subjectId());
    entity.setSubjectVersion(event.subjectVersion());
    entity.setOccurredAt(event.occurredAt());
    entity.setActorKind(event.actorKind().name());
    entity.setActorId(event.actorId());
    entity.setReason(event.reason());
    entity.setChanges(
        event.changes().stream()
            .map(c -> new DomainEventEntity.StoredChange(c.field(), c.from(), c.to(), c.masked()))
            .toList());
    entity.setRefs(event.references());
    return entity;
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
