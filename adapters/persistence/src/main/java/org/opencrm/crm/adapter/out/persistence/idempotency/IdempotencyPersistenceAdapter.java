package org.opencrm.crm.adapter.out.persistence.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.opencrm.crm.adapter.out.persistence.PersistenceErrors;
import org.opencrm.crm.application.idempotency.IdempotentResult;
import org.opencrm.crm.application.idempotency.port.out.IdempotencyStore;
import org.opencrm.crm.domain.shared.RuleViolationException;

@ApplicationScoped
class IdempotencyPersistenceAdapter implements IdempotencyStore {

  private final IdempotencyKeyPanacheRepository rows;

  IdempotencyPersistenceAdapter(IdempotencyKeyPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  public Optional<StoredAnswer> find(String callerId, String key, Instant now) {
    IdempotencyKeyEntity entity = rows.findById(new IdempotencyKeyEntity.Key(callerId, key));
    if (entity == null) {
      return Optional.empty();
    }
    if (!entity.getExpiresAt().isAfter(now)) {
      rows.delete(entity);
      rows.flush();
      return Optional.empty();
    }
    return Optional.of(
        new StoredAnswer(
            entity.getFingerprint(),
            new IdempotentResult(entity.getStatus(), entity.getBody(), entity.getHeaders())));
  }

  @Override
  public void save(
      String callerId, String key, StoredAnswer answer, Instant now, Instant expiresAt) {
    IdempotencyKeyEntity entity = new IdempotencyKeyEntity();
    entity.setId(new IdempotencyKeyEntity.Key(callerId, key));
    entity.setFingerprint(answer.fingerprint());
    entity.setStatus(answer.result().status());
    entity.setBody(answer.result().body());
    entity.setHeaders(answer.result().headers());
    entity.setCreatedAt(now);
    entity.setExpiresAt(expiresAt);
    try {
      rows.persist(entity);
      rows.flush();
    } catch (PersistenceException e) {
      if (PersistenceErrors.violatedConstraint(e).isPresent()) {
        throw new RuleViolationException(
            IN_PROGRESS,
            "Another request with this Idempotency-Key is being processed; retry shortly");
      }
      throw e;
    }
  }

  @Override
  public int purgeExpired(Instant now) {
    return (int) rows.delete("expiresAt <= ?1", now);
  }
}
