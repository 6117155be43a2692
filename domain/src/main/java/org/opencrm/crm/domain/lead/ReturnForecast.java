package org.opencrm.crm.domain.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When and why a held lead will return to the pool under a policy (自动回收): the earlier of its
 * follow-up deadline (days since it was taken or last followed up) and its conversion deadline
 * (days since it was taken). The owner is warned a day before.
 */
public record ReturnForecast(Rule rule, Instant returnsAt) {

  /** The rule that returns the lead. */
  public enum Rule {
    NO_FOLLOW_UP,
    NO_CONVERSION
  }

  private static final Duration WARNING_AHEAD = Duration.ofDays(1);

  /** The forecast for the lead; empty when it is not held or no deadline applies. */
  public static Optional<ReturnForecast> of(Lead lead, PoolPolicy policy) {
    if (lead.status() != LeadStatus.OWNED || lead.heldSince() == null) {
      return Optional.empty();
    }
    return of(lead.heldSince(), lead.lastFollowUpAt(), policy);
  }

  /** The forecast for a lead held since then, last followed up then (or never). */
  public static Optional<ReturnForecast> of(
      Instant heldSince, Instant lastFollowUpAt, PoolPolicy policy) {
    ReturnForecast followUp = null;
    if (policy.followUpDeadlineDays() != null) {
      Instant lastActivity =
          lastFollowUpAt != null && lastFollowUpAt.isAfter(heldSince) ? lastFollowUpAt : heldSince;
      followUp =
          new ReturnForecast(
              Rule.NO_FOLLOW_UP, lastActivity.plus(Duration.ofDays(policy.followUpDeadlineDays())));
    }
    ReturnForecast conversion = null;
    if (policy.conversionDeadlineDays() != null) {
      conversion =
          new ReturnForecast(
              Rule.NO_CONVERSION, heldSince.plus(Duration.ofDays(policy.conversionDeadlineDays())));
    }
    if (followUp == null) {
      return Optional.ofNullable(conversion);
    }
    if (conversion == null || !conversion.returnsAt.isBefore(followUp.returnsAt)) {
      return Optional.of(followUp);
    }
    return Optional.of(conversion);
  }

  public boolean isDue(Instant now) {
    return !now.isBefore(returnsAt);
  }

  /** When the owner is warned that the lead is about to return. */
  public Instant warnsAt() {
    return returnsAt.minus(WARNING_AHEAD);
  }

  /** Why, in words, for the pool-status explanation and the history. */
  public String explanation(PoolPolicy policy) {
    return switch (rule) {
      case NO_FOLLOW_UP ->
          "No follow-up within "
              + policy.followUpDeadlineDays()
              + " days of taking the lead or of its last follow-up";
      case NO_CONVERSION ->
          "Not converted within " + policy.conversionDeadlineDays() + " days of taking the lead";
    };
  }
}
