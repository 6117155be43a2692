package org.opencrm.crm.adapter.out.persistence.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.application.followup.port.out.FollowUpRepository;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.followup.FollowUp;
import org.opencrm.crm.domain.followup.FollowUpType;
import org.opencrm.crm.domain.shared.UserId;

/** The follow-up log, newest first by when the interaction happened, in keyset pages. */
@ApplicationScoped
class FollowUpPersistenceAdapter implements FollowUpRepository {

  private static final String ORDER = "occurred-desc";

  private final FollowUpPanacheRepository rows;

  FollowUpPersistenceAdapter(FollowUpPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  public void add(FollowUp followUp) {
    FollowUpEntity entity = new FollowUpEntity();
    entity.setId(followUp.id());
    entity.setLeadId(followUp.leadId());
    entity.setCustomerId(followUp.customerId());
    entity.setOpportunityId(followUp.opportunityId());
    entity.setType(followUp.type().name());
    entity.setOccurredAt(followUp.occurredAt());
    entity.setContent(followUp.content());
    entity.setOutcome(followUp.outcome());
    entity.setNextFollowUpOn(followUp.nextFollowUpOn());
    entity.setAuthorId(followUp.author().value());
    entity.setAuthorName(followUp.authorName());
    entity.setCreatedAt(followUp.createdAt());
    rows.persist(entity);
    rows.flush();
  }

  @Override
  public Page<FollowUp> ofLead(UUID leadId, PageRequest page) {
    return page("leadId", leadId, page);
  }

  @Override
  public Page<FollowUp> ofCustomer(UUID customerId, PageRequest page) {
    return page("customerId", customerId, page);
  }

  @Override
  public Page<FollowUp> ofOpportunity(UUID opportunityId, PageRequest page) {
    return page("opportunityId", opportunityId, page);
  }

  @Override
  public void attachToCustomer(UUID leadId, UUID customerId) {
    rows.getEntityManager()
        .createQuery("UPDATE FollowUpEntity f SET f.customerId = :customer WHERE f.leadId = :lead")
        .setParameter("customer", customerId)
        .setParameter("lead", leadId)
        .executeUpdate();
  }

  private Page<FollowUp> page(String subject, UUID subjectId, PageRequest page) {
    StringBuilder jpql =
        new StringBuilder("SELECT f FROM FollowUpEntity f WHERE f.")
            .append(subject)
            .append(" = :subject");
    KeysetCursor after = KeysetPage.after(page, ORDER);
    if (after != null) {
      jpql.append(
          " AND (f.occurredAt < :afterAt OR (f.occurredAt = :afterAt AND f.id < :afterId))");
    }
    jpql.append(" ORDER BY f.occurredAt DESC, f.id DESC");
    TypedQuery<FollowUpEntity> query =
        rows.getEntityManager()
            .createQuery(jpql.toString(), FollowUpEntity.class)
            .setParameter("subject", subjectId)
            .setMaxResults(KeysetPage.rowsToFetch(page))
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    if (after != null) {
      query.setParameter("afterAt", after.instantKey()).setParameter("afterId", after.id());
    }
    return KeysetPage.of(
        query.getResultList(),
        page,
        FollowUpPersistenceAdapter::toDomain,
        last -> new KeysetCursor(ORDER, last.getOccurredAt().toString(), last.getId()));
  }

  private static FollowUp toDomain(FollowUpEntity entity) {
    return new FollowUp(
        entity.getId(),
        entity.getLeadId(),
        entity.getCustomerId(),
        entity.getOpportunityId(),
        FollowUpType.valueOf(entity.getType()),
        entity.getOccurredAt(),
        entity.getContent(),
        entity.getOutcome(),
        entity.getNextFollowUpOn(),
        new UserId(entity.getAuthorId()),
        entity.getAuthorName(),
        entity.getCreatedAt());
  }
}
