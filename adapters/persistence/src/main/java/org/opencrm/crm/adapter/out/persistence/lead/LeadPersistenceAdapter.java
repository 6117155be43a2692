package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    // Lock by id first, then read with the scope: a lead claimed meanwhile by someone else is
    // re-read as it is now, and so found held (or invisible), never as the pooled lead it was.
    em().createNativeQuery("SELECT id FROM lead WHERE id = ? FOR UPDATE")
        .setParameter(1, id.value())
        .getResultList();
    Optional<LeadEntity> found = query(id, scope).getResultStream().findFirst();
    found.ifPresent(entity -> em().refresh(entity));
    return found.map(LeadEntityMapper::toDomain);
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
  public Lead save(Lead lead) {
    LeadEntity entity = rows.findById(lead.id().value());
    if (entity == null) {
      entity = new LeadEntity();
      entity.setId(lead.id().value());
      LeadEntityMapper.copy(lead, entity);
      rows.persist(entity);
    } else {
      if (entity.getVersion() != lead.version()) {
        throw new VersionConflictException("lead", lead.id(), lead.version(), entity.getVersion());
      }
      LeadEntityMapper.copy(lead, entity);
    }
    try {
      rows.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException("lead", lead.id(), lead.version(), lead.version() + 1);
    }
    return LeadEntityMapper.toDomain(entity);
  }
}
