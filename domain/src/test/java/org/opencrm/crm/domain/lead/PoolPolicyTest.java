package org.opencrm.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.RuleViolationException;

class PoolPolicyTest {

  static final Instant NOW = Instant.parse("2026-11-10T08:00:00Z");
  static final PoolPolicy POLICY = new PoolPolicy(3, 2, 10, 30, 7);

  @Nested
  class Claiming {
    @Test
    void claim_withinEveryLimit_isAllowed() {
      assertThatCode(() -> POLICY.checkClaim(new ClaimantStanding(2, 1, null), NOW))
          .doesNotThrowAnyException();
    }

    @Test
    void claim_whenHoldLimitReached_isRejected() {
      assertThatThrownBy(() -> POLICY.checkClaim(new ClaimantStanding(3, 0, null), NOW))
          .isInstanceOf(RuleViolationException.class)
          .hasFieldOrPropertyWithValue("code", PoolPolicy.HOLD_LIMIT_REACHED);
    }

    @Test
    void claim_whenDailyLimitReached_isRejected() {
      assertThatThrownBy(() -> POLICY.checkClaim(new ClaimantStanding(0, 2, null), NOW))
          .hasFieldOrPropertyWithValue("code", PoolPolicy.DAILY_CLAIM_LIMIT_REACHED);
    }

    @Test
    void reclaim_withinTheCooldown_isRejected_andAllowedAfterIt() {
      Instant left = NOW.minus(Duration.ofDays(6));
      assertThatThrownBy(() -> POLICY.checkClaim(new ClaimantStanding(0, 0, left), NOW))
          .hasFieldOrPropertyWithValue("code", PoolPolicy.RECLAIM_COOLDOWN)
          .hasMessageContaining(left.plus(Duration.ofDays(7)).toString());
      Instant longAgo = NOW.minus(Duration.ofDays(7));
      assertThatCode(() -> POLICY.checkClaim(new ClaimantStanding(0, 0, longAgo), NOW))
          .doesNotThrowAnyException();
    }

    @Test
    void theHoldLimit_isCheckedFirst() {
      assertThatThrownBy(
              () -> POLICY.checkClaim(new ClaimantStanding(5, 5, NOW.minusSeconds(1)), NOW))
          .hasFieldOrPropertyWithValue("code", PoolPolicy.HOLD_LIMIT_REACHED);
    }

    @Test
    void countsStoppedAtWhatTheLimitsNeed_decideAsTheFullCountsWould() {
      assertThat(POLICY.heldLeadsWorthCounting()).isEqualTo(3);
      assertThat(POLICY.claimsWorthCounting()).isEqualTo(2);
      PoolPolicy open = new PoolPolicy(null, null, null, null, null);
      assertThat(open.heldLeadsWorthCounting()).isZero();
      assertThat(open.claimsWorthCounting()).isZero();
      for (long held = 0; held <= 6; held++) {
        long stopped = Math.min(held, POLICY.heldLeadsWorthCounting());
        boolean refusedAtFullCount = held >= 3;
        var check = assertThatCode(() -> POLICY.checkHoldLimit(stopped));
        if (refusedAtFullCount) {
          check.isInstanceOf(RuleViolationException.class);
        } else {
          check.doesNotThrowAnyException();
        }
      }
    }

    @Test
    void absentLimits_neverRefuse() {
      PoolPolicy open = new PoolPolicy(null, null, null, null, null);
      assertThatCode(() -> open.checkClaim(new ClaimantStanding(10_000, 10_000, NOW), NOW))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void limitsBelowOne_areRejected() {
    assertThatThrownBy(() -> new PoolPolicy(0, null, null, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("field", "maxHeldLeads")
        .hasFieldOrPropertyWithValue("code", PoolPolicy.INVALID);
  }

  @Nested
  class Forecast {
    final Instant held = Instant.parse("2026-11-01T08:00:00Z");

    @Test
    void aLeadNeverFollowedUp_returnsAtTheFollowUpDeadline() {
      ReturnForecast forecast = ReturnForecast.of(held, null, POLICY).orElseThrow();
      assertThat(forecast.rule()).isEqualTo(ReturnForecast.Rule.NO_FOLLOW_UP);
      assertThat(forecast.returnsAt()).isEqualTo(held.plus(Duration.ofDays(10)));
      assertThat(forecast.warnsAt()).isEqualTo(held.plus(Duration.ofDays(9)));
    }

    @Test
    void aFollowUp_pushesTheDeadline_untilTheConversionDeadlineComesFirst() {
      Instant followed = held.plus(Duration.ofDays(25));
      ReturnForecast forecast = ReturnForecast.of(held, followed, POLICY).orElseThrow();
      assertThat(forecast.rule()).isEqualTo(ReturnForecast.Rule.NO_CONVERSION);
      assertThat(forecast.returnsAt()).isEqualTo(held.plus(Duration.ofDays(30)));
    }

    @Test
    void aFollowUp_restartsTheFollowUpClock() {
      Instant followed = held.plus(Duration.ofDays(5));
      assertThat(ReturnForecast.of(held, followed, POLICY).orElseThrow().returnsAt())
          .isEqualTo(followed.plus(Duration.ofDays(10)));
    }

    @Test
    void withoutDeadlines_nothingReturns() {
      assertThat(ReturnForecast.of(held, null, new PoolPolicy(1, 1, null, null, 1))).isEmpty();
    }

    @Test
    void onlyAConversionDeadline_applies() {
      assertThat(
              ReturnForecast.of(held, null, new PoolPolicy(null, null, null, 5, null))
                  .orElseThrow()
                  .rule())
          .isEqualTo(ReturnForecast.Rule.NO_CONVERSION);
    }

    @Test
    void pooledLeads_haveNoForecast() {
      assertThat(ReturnForecast.of(LeadTest.pooled(), POLICY)).isEmpty();
    }

    @Test
    void isDue_fromTheDeadlineOn() {
      ReturnForecast forecast = ReturnForecast.of(held, null, POLICY).orElseThrow();
      assertThat(forecast.isDue(forecast.returnsAt().minusSeconds(1))).isFalse();
      assertThat(forecast.isDue(forecast.returnsAt())).isTrue();
      assertThat(forecast.explanation(POLICY)).contains("10 days");
    }
  }
}
