package org.opencrm.crm.adapter.out.persistence.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.application.history.port.out.ChangeHistory;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.history.ChangeRecord;
import org.opencrm.crm.domain.shared.history.FieldChange;

@ApplicationScoped
class ChangeHistoryPersistenceAdapter implements ChangeHistory {

  private static final String ORDER = "history,-occurredAt";

  private final ChangeHistoryPanacheRepository rows;

  ChangeHistoryPersistenceAdapter(ChangeHistoryPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Page<ChangeRecord> of(String aggregateType, UUID aggregateId, PageRequest page) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT * FROM change_history WHERE aggregate_type = :type AND aggregate_id = :id");
    KeysetCursor after = KeysetPage.after(page, ORDER);
    if (after != null) {
      sql.append(" AND (occurred_at, id) < (:occurredAt, :afterId)");
    }
    sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit");
    var query =
        rows.getEntityManager()
            .createNativeQuery(sql.toString(), ChangeHistoryEntity.class)
            .setParameter("type", aggregateType)
            .setParameter("id", aggregateId)
            .setParameter("limit", KeysetPage.rowsToFetch(page))
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    if (after != null) {
      query.setParameter("occurredAt", after.instantKey()).setParameter("afterId", after.id());
    }
    List<ChangeHistoryEntity> found = query.getResultList();
    return KeysetPage.of(
        found,
        page,
        ChangeHistoryPersistenceAdapter::toRecord,
        last -> new KeysetCursor(ORDER, last.getOccurredAt().toString(), last.getId()));
  }

  private static ChangeRecord toRecord(ChangeHistoryEntity entity) {
    return new ChangeRecord(
        entity.getId(),
        entity.getAggregateType(),
        entity.getAggregateId(),
        entity.getAction(),
        entity.getActorId(),
        entity.getActorName(),
        ActorKind.valueOf(entity.getActorKind()),
        entity.getOccurredAt(),
        entity.getReason(),
        entity.getChanges().stream()
            .map(c -> new FieldChange(c.field(), c.oldValue(), c.newValue()))
            .toList());
  }
}
