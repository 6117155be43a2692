package org.opencrm.crm.application.idempotency.port.in;

import java.util.function.Supplier;
import org.opencrm.crm.application.idempotency.IdempotentResult;

/**
 * Runs a creating request at most once per caller and key within 24 hours: a retry gets the first
 * answer back; the same key with a different request is refused ({@code idempotency.key-reused}).
 * The action runs in the same transaction as the key's record, so both land or neither does.
 */
public interface ExecuteIdempotentlyUseCase {

  IdempotentResult execute(IdempotentRequest request, Supplier<IdempotentResult> action);

  /** Drops answers past their 24 hours; returns how many. Called on a schedule. */
  int purgeExpired();
}
