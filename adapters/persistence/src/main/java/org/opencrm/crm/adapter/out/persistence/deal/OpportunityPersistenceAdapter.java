package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.CustomerDealStatus;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.opportunity.port.out.OpportunityRepository;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.deal.StageVisit;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * Opportunities in PostgreSQL: the row through JPA, the stage visits appended beside it. A save
 * that moved the opportunity writes only the visit it left and the one it entered; every save keeps
 * the forecast's monthly sums ({@link ForecastSums}).
 */
@ApplicationScoped
class OpportunityPersistenceAdapter implements OpportunityRepository {

  private final EntityManager em;
  private final ZoneId businessZone;

  OpportunityPersistenceAdapter(EntityManager em, BusinessCalendar calendar) {
    this.em = em;
    this.businessZone = calendar.zone();
  }

  @Override
  public Optional<Opportunity> find(OpportunityId id, DataScope scope) {
    ScopeCondition condition = ScopeCondition.of(scope, "o.ownerId", "o.team");
    List<OpportunityEntity> found =
        condition
            .bind(
                em.createQuery(
                        "SELECT o FROM OpportunityEntity o WHERE o.id = :id AND " + condition.sql(),
                        OpportunityEntity.class)
                    .setParameter("id", id.value()))
            .getResultList();
    return found.stream()
        .findFirst()
        .map(entity -> OpportunityEntityMapper.toDomain(entity, visits(entity.getId())));
  }

  @Override
  public Opportunity add(Opportunity opportunity) {
    OpportunityEntity entity = new OpportunityEntity();
    entity.setId(opportunity.id().value());
    OpportunityEntityMapper.copy(opportunity, entity);
    em.persist(entity);
    em.flush();
    List<StageVisit> visits = opportunity.visits();
    writeVisits(entity.getId(), visits, 0);
    ForecastSums.apply(em, null, ForecastSums.Share.of(entity), businessZone);
    keepDealStatus(null, entity);
    return OpportunityEntityMapper.toDomain(entity, visits);
  }

  @Override
  public Opportunity save(Opportunity opportunity) {
    OpportunityEntity entity = em.find(OpportunityEntity.class, opportunity.id().value());
    if (entity == null) {
      return add(opportunity);
    }
    if (entity.getVersion() != opportunity.version()) {
      throw new VersionConflictException(
          "opportunity", opportunity.id(), opportunity.version(), entity.getVersion());
    }
    boolean moved = !entity.getStageId().equals(opportunity.stage().value());
    ForecastSums.Share before = ForecastSums.Share.of(entity);
    OpportunityEntityMapper.copy(opportunity, entity);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException(
          "opportunity", opportunity.id(), opportunity.version(), opportunity.version() + 1);
    }
    List<StageVisit> visits = opportunity.visits();
    if (moved) {
      // A move closes the visit it left and opens one: the last two, whatever came before.
      writeVisits(entity.getId(), visits, Math.max(0, visits.size() - 2));
    }
    ForecastSums.apply(em, before, ForecastSums.Share.of(entity), businessZone);
    keepDealStatus(before.status(), entity);
    return OpportunityEntityMapper.toDomain(entity, visits);
  }

  /** The customer's deal status, when the opportunity opened or closed (null: a new one). */
  private void keepDealStatus(String statusBefore, OpportunityEntity entity) {
    String status = entity.getStatus();
    if (status.equals(statusBefore)) {
      return;
    }
    if (status.equals("OPEN")) {
      CustomerDealStatus.dealOpened(em, entity.getCustomerId());
    } else if ("OPEN".equals(statusBefore)) {
      CustomerDealStatus.dealEnded(em, entity.getCustomerId());
    }
  }

  /** Inserts the visits from {@code from} on, or updates their exit time where stored. */
  private void writeVisits(UUID opportunity, List<StageVisit> visits, int from) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO opportunity_stage_visit (opportunity_id, seq, stage_id, entered_at,"
                + " left_at) VALUES ");
    for (int seq = from; seq < visits.size(); seq++) {
      sql.append(seq > from ? ", " : "")
          .append("(:opportunity, ")
          .append(seq)
          .append(", :stage")
          .append(seq)
          .append(", :entered")
          .append(seq)
          .append(", CAST(:left")
          .append(seq)
          .append(" AS timestamptz))");
    }
    sql.append(" ON CONFLICT (opportunity_id, seq) DO UPDATE SET left_at = EXCLUDED.left_at");
    var insert = em.createNativeQuery(sql.toString()).setParameter("opportunity", opportunity);
    for (int seq = from; seq < visits.size(); seq++) {
      StageVisit visit = visits.get(seq);
      insert
          .setParameter("stage" + seq, visit.stage().value())
          .setParameter("entered" + seq, visit.enteredAt())
          .setParameter("left" + seq, visit.leftAt());
    }
    insert.executeUpdate();
  }

  private List<StageVisit> visits(UUID opportunity) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT stage_id, entered_at, left_at FROM opportunity_stage_visit"
                    + " WHERE opportunity_id = :id ORDER BY seq")
            .setParameter("id", opportunity)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return OpportunityEntityMapper.visit(
                  (UUID) columns[0],
                  NativeValues.instant(columns[1]),
                  NativeValues.instant(columns[2]));
            })
        .toList();
  }
}
