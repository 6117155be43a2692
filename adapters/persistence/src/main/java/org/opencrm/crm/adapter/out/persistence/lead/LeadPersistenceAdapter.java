package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * Leads in PostgreSQL, one aggregate at a time. Visibility is one JPQL condition ({@link
 * #visible}): held leads inside the data scope, and the pool for any caller who has a scope at all;
 * the lists ({@link LeadSearchAdapter}) use the same condition.
 */
@ApplicationScoped
class LeadPersistenceAdapter implements LeadRepository {

  private final LeadPanacheRepository rows;

  LeadPersistenceAdapter(LeadPanacheRepository rows) {
    this.rows = rows;
  }

  private EntityManager em() {
    return rows.getEntityManager();
  }

  @Override
  public Optional<Lead> find(LeadId id, DataScope scope) {
    return query(id, scope).getResultStream().findFirst().map(LeadEntityMapper::toDomain);
  }

  @Override
  public boolean exists(LeadId id) {
    return rows.findById(id.value()) != null;
  }

  @Override
  public Optional<Lead> lock(LeadId id, DataScope scope) {
    // One locking read with the scope: PostgreSQL re-checks the scope on the row as it is once the
    // lock is granted, so a lead claimed meanwhile by someone else is found held or not at all,
    // never as the pooled lead it was. Use cases lock a lead before they read it otherwise.
    return query(id, scope)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .map(LeadEntityMapper::toDomain);
  }

  private TypedQuery<LeadEntity> query(LeadId id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String condition = LeadVisibility.visible(scope, params);
    TypedQuery<LeadEntity> query =
        em().createQuery(
                "SELECT l FROM LeadEntity l WHERE l.id = :id AND " + condition, LeadEntity.class)
            .setParameter("id", id.value());
    params.forEach(query::setParameter);
    return query;
  }

  @Override
  public Lead add(Lead lead) {
    LeadEntity entity = new LeadEntity();
    entity.setId(lead.id().value());
    LeadEntityMapper.copy(lead, entity);
    rows.persist(entity);
    return flushed(lead, entity);
  }

  @Override
  public Lead save(Lead lead) {
    LeadEntity entity = rows.findById(lead.id().value());
    if (entity == null) {
      return add(lead);
    }
    if (entity.getVersion() != lead.version()) {
      throw new VersionConflictException("lead", lead.id(), lead.version(), entity.getVersion());
    }
    LeadEntityMapper.copy(lead, entity);
    return flushed(lead, entity);
  }

  private Lead flushed(Lead lead, LeadEntity entity) {
    try {
      rows.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException("lead", lead.id(), lead.version(), lead.version() + 1);
    }
    return LeadEntityMapper.toDomain(entity);
  }
}
