package org.opencrm.crm.application.idempotency.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.fakes.InMemoryIdempotencyStore;
import org.opencrm.crm.application.fakes.MutableClock;
import org.opencrm.crm.application.idempotency.IdempotentResult;
import org.opencrm.crm.application.idempotency.port.in.IdempotentRequest;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.RuleViolationException;

class IdempotencyServiceTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final IdempotencyService service =
      new IdempotencyService(new InMemoryIdempotencyStore(), clock);
  private final AtomicInteger executions = new AtomicInteger();

  private IdempotentResult act() {
    return new IdempotentResult(
        201, "{\"n\":" + executions.incrementAndGet() + "}", Map.of("ETag", "\"0\""));
  }

  @Test
  void retry_replaysTheFirstAnswer_withoutRunningAgain() {
    IdempotentRequest request = new IdempotentRequest("li", "key-1", "fp-a");
    IdempotentResult first = service.execute(request, this::act);
    IdempotentResult retry = service.execute(request, this::act);

    assertThat(retry).isEqualTo(first);
    assertThat(executions).hasValue(1);
  }

  @Test
  void sameKey_forAnotherRequest_isRefused() {
    service.execute(new IdempotentRequest("li", "key-1", "fp-a"), this::act);
    assertThatThrownBy(
            () -> service.execute(new IdempotentRequest("li", "key-1", "fp-b"), this::act))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo(IdempotencyService.KEY_REUSED);
  }

  @Test
  void afterTwentyFourHours_theKeyIsFreeAgain() {
    service.execute(new IdempotentRequest("li", "key-1", "fp-a"), this::act);
    clock.advance(Duration.ofHours(24));
    service.execute(new IdempotentRequest("li", "key-1", "fp-b"), this::act);
    assertThat(executions).hasValue(2);
    assertThat(service.purgeExpired()).isZero();
  }

  @Test
  void failedAction_leavesNoAnswerBehind() {
    IdempotentRequest request = new IdempotentRequest("li", "key-2", "fp-a");
    assertThatThrownBy(
            () ->
                service.execute(
                    request,
                    () -> {
                      throw new RuleViolationException("x.y", "refused");
                    }))
        .isInstanceOf(RuleViolationException.class);
    service.execute(request, this::act);
    assertThat(executions).hasValue(1);
  }
}
