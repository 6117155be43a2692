package org.opencrm.crm.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.UserId;

class FollowUpTest {

  static final Instant NOW = Instant.parse("2026-11-10T08:00:00Z");
  static final UserId LI = new UserId("li");

  static FollowUp log(Instant occurredAt, String content, LocalDate next) {
    return FollowUp.log(
        UUID.randomUUID(),
        null,
        null,
        FollowUpType.CALL,
        occurredAt,
        content,
        "interested",
        next,
        LI,
        "李雷",
        NOW);
  }

  @Test
  void withoutOccurredAt_itHappenedNow() {
    assertThat(log(null, "called", null).occurredAt()).isEqualTo(NOW);
  }

  @Test
  void inTheFuture_isRejected_butSmallClockSkewIsForgiven() {
    assertThatThrownBy(() -> log(NOW.plus(Duration.ofHours(1)), "called", null))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", FollowUp.IN_THE_FUTURE);
    assertThat(log(NOW.plus(Duration.ofMinutes(2)), "called", null)).isNotNull();
  }

  @Test
  void contentIsRequired() {
    assertThatThrownBy(() -> log(NOW, " ", null)).hasFieldOrPropertyWithValue("field", "content");
  }

  @Test
  void theNextFollowUp_cannotBeBeforeThisOne() {
    assertThatThrownBy(() -> log(NOW, "called", LocalDate.parse("2026-11-09")))
        .hasFieldOrPropertyWithValue("code", FollowUp.NEXT_BEFORE_OCCURRED);
    assertThat(log(NOW, "called", LocalDate.parse("2026-11-10")).nextFollowUpOn())
        .isEqualTo(LocalDate.parse("2026-11-10"));
  }

  @Test
  void anInteractionBefore1970_isRejected() {
    assertThatThrownBy(() -> log(Instant.parse("1969-12-31T23:59:59Z"), "called", null))
        .hasFieldOrPropertyWithValue("code", FollowUp.TOO_LONG_AGO);
    assertThatThrownBy(() -> log(Instant.parse("-999999999-01-01T00:00:00Z"), "called", null))
        .hasFieldOrPropertyWithValue("code", FollowUp.TOO_LONG_AGO);
    assertThat(log(FollowUp.EARLIEST, "called", null)).isNotNull();
  }

  @Test
  void theNextFollowUp_isPlannedAtMostTenYearsAhead() {
    assertThat(log(NOW, "called", LocalDate.parse("2036-11-10"))).isNotNull();
    assertThatThrownBy(() -> log(NOW, "called", LocalDate.parse("2036-11-11")))
        .hasFieldOrPropertyWithValue("code", FollowUp.NEXT_TOO_FAR);
    assertThatThrownBy(() -> log(NOW, "called", LocalDate.MAX))
        .hasFieldOrPropertyWithValue("code", FollowUp.NEXT_TOO_FAR);
  }
}
