package org.opencrm.crm.adapter.out.persistence.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.application.job.port.out.JobStore;
import org.opencrm.crm.domain.shared.job.BackgroundJob;

/** Background jobs; the next job is taken with SKIP LOCKED so instances never work one at once. */
@ApplicationScoped
class JobPersistenceAdapter implements JobStore {

  private final EntityManager em;

  JobPersistenceAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public void save(BackgroundJob job) {
    BackgroundJobEntity entity = em.find(BackgroundJobEntity.class, job.id());
    boolean first = entity == null;
    if (first) {
      entity = new BackgroundJobEntity();
      entity.setId(job.id());
    }
    entity.setKind(job.kind());
    entity.setState(job.state().name());
    entity.setTotal(job.total());
    entity.setProcessed(job.processed());
    entity.setCursor(job.cursor());
    entity.setParameter(job.parameter());
    entity.setCreatedBy(job.createdBy());
    entity.setCreatedAt(job.createdAt());
    entity.setUpdatedAt(job.updatedAt());
    entity.setFinishedAt(job.finishedAt());
    if (first) {
      em.persist(entity);
    }
    em.flush();
  }

  @Override
  public Optional<BackgroundJob> find(UUID id) {
    return Optional.ofNullable(em.find(BackgroundJobEntity.class, id)).map(this::toDomain);
  }

  @Override
  public Optional<BackgroundJob> lockNext(String kind) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM background_job WHERE kind = ? AND state IN ('QUEUED', 'RUNNING')"
                    + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, kind)
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    BackgroundJobEntity entity = em.find(BackgroundJobEntity.class, ids.get(0));
    em.refresh(entity);
    return Optional.of(toDomain(entity));
  }

  @Override
  public void supersedeUnfinished(String kind, Instant now) {
    em.createQuery(
            "UPDATE BackgroundJobEntity j SET j.state = 'SUPERSEDED', j.updatedAt = :now,"
                + " j.finishedAt = :now, j.version = j.version + 1"
                + " WHERE j.kind = :kind AND j.state IN ('QUEUED', 'RUNNING')")
        .setParameter("now", now)
        .setParameter("kind", kind)
        .executeUpdate();
  }

  private BackgroundJob toDomain(BackgroundJobEntity entity) {
    return new BackgroundJob(
        entity.getId(),
        entity.getKind(),
        BackgroundJob.State.valueOf(entity.getState()),
        entity.getTotal(),
        entity.getProcessed(),
        entity.getCursor(),
        entity.getParameter(),
        entity.getCreatedBy(),
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        entity.getFinishedAt());
  }
}
