package org.opencrm.crm.application.idempotency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.opencrm.crm.application.idempotency.IdempotentResult;
import org.opencrm.crm.application.idempotency.port.in.ExecuteIdempotentlyUseCase;
import org.opencrm.crm.application.idempotency.port.in.IdempotentRequest;
import org.opencrm.crm.application.idempotency.port.out.IdempotencyStore;
import org.opencrm.crm.application.idempotency.port.out.IdempotencyStore.StoredAnswer;
import org.opencrm.crm.domain.shared.InvalidValueException;

@ApplicationScoped
@Transactional
public class IdempotencyService implements ExecuteIdempotentlyUseCase {

  public static final String KEY_REUSED = "idempotency.key-reused";
  static final Duration RETENTION = Duration.ofHours(24);

  private final IdempotencyStore store;
  private final Clock clock;

  public IdempotencyService(IdempotencyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public IdempotentResult execute(IdempotentRequest request, Supplier<IdempotentResult> action) {
    Instant now = clock.instant();
    Optional<StoredAnswer> earlier = store.find(request.callerId(), request.key(), now);
    if (earlier.isPresent()) {
      if (!earlier.get().fingerprint().equals(request.fingerprint())) {
        throw new InvalidValueException(
            KEY_REUSED,
            "Idempotency-Key",
            "This Idempotency-Key was already used for a different request; use a new key");
      }
      return earlier.get().result();
    }
    IdempotentResult result = action.get();
    store.save(
        request.callerId(),
        request.key(),
        new StoredAnswer(request.fingerprint(), result),
        now,
        now.plus(RETENTION));
    return result;
  }

  @Override
  public int purgeExpired() {
    return store.purgeExpired(clock.instant());
  }
}
