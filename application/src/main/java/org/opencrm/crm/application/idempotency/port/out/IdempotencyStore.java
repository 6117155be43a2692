package org.opencrm.crm.application.idempotency.port.out;

import java.time.Instant;
import java.util.Optional;
import org.opencrm.crm.application.idempotency.IdempotentResult;

/** Remembers the answers of idempotent requests until they expire. */
public interface IdempotencyStore {

  /** A concurrent request with the same key got there first. */
  String IN_PROGRESS = "idempotency.in-progress";

  record StoredAnswer(String fingerprint, IdempotentResult result) {}

  /** The unexpired answer for the caller's key; expired ones are dropped. */
  Optional<StoredAnswer> find(String callerId, String key, Instant now);

  /**
   * Stores the answer; throws {@code RuleViolationException} ({@code idempotency.in-progress}) if a
   * concurrent request with the same key got there first.
   */
  void save(String callerId, String key, StoredAnswer answer, Instant now, Instant expiresAt);

  /** Deletes expired answers; returns how many. */
  int purgeExpired(Instant now);
}
