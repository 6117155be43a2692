package org.opencrm.crm.domain.lead;

import java.time.Duration;
import java.time.Instant;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.RuleViolationException;

/**
 * The rules of the shared pool (公海规则), set by admins. Each limit is optional (null = no such rule):
 * how many leads a rep may hold, how many they may claim per day, after how many days without a
 * follow-up or without conversion a held lead returns to the pool (自动回收), and for how many days a
 * rep may not re-claim a lead that left them. Every refusal names its rule's code.
 */
public record PoolPolicy(
    Integer maxHeldLeads,
    Integer maxClaimsPerDay,
    Integer followUpDeadlineDays,
    Integer conversionDeadlineDays,
    Integer reclaimCooldownDays) {

  public static final String HOLD_LIMIT_REACHED = "pool.hold-limit-reached";
  public static final String DAILY_CLAIM_LIMIT_REACHED = "pool.daily-claim-limit-reached";
  public static final String RECLAIM_COOLDOWN = "pool.reclaim-cooldown";
  public static final String INVALID = "pool.policy-invalid";
  private static final int MAX_VALUE = 100_000;

  /** The policy of a new installation: generous limits, a month to follow up, a quarter to win. */
  public static final PoolPolicy DEFAULT = new PoolPolicy(200, 50, 30, 90, 7);

  public PoolPolicy {
    check("maxHeldLeads", maxHeldLeads);
    check("maxClaimsPerDay", maxClaimsPerDay);
    check("followUpDeadlineDays", followUpDeadlineDays);
    check("conversionDeadlineDays", conversionDeadlineDays);
    check("reclaimCooldownDays", reclaimCooldownDays);
  }

  private static void check(String field, Integer value) {
    if (value != null && (value < 1 || value > MAX_VALUE)) {
      throw new InvalidValueException(
          INVALID, field, field + " must be empty (no limit) or from 1 to " + MAX_VALUE);
    }
  }

  /** Runs every rule about taking a lead from the pool, in order; the first that refuses throws. */
  public void checkClaim(ClaimantStanding standing, Instant now) {
    checkHoldLimit(standing.heldLeads());
    checkDailyClaimLimit(standing.claimsToday());
    checkReclaimCooldown(standing.lastLeftThisLead(), now);
  }

  /**
   * How far a rep's held leads need counting for the hold limit: up to the limit, beyond it the
   * answer is the same; not at all without one.
   */
  public long heldLeadsWorthCounting() {
    return maxHeldLeads == null ? 0 : maxHeldLeads;
  }

  /** How far a rep's claims of the day need counting for the daily limit (as above). */
  public long claimsWorthCounting() {
    return maxClaimsPerDay == null ? 0 : maxClaimsPerDay;
  }

  /**
   * A rep holds at most {@code maxHeldLeads}; also binds managers assigning to the rep. The count
   * may stop at {@link #heldLeadsWorthCounting()}.
   */
  public void checkHoldLimit(long heldLeads) {
    if (maxHeldLeads != null && heldLeads >= maxHeldLeads) {
      throw new RuleViolationException(
          HOLD_LIMIT_REACHED,
          "The rep already holds the most leads the pool policy allows (" + maxHeldLeads + ")");
    }
  }

  /** The count may stop at {@link #claimsWorthCounting()}. */
  public void checkDailyClaimLimit(long claimsToday) {
    if (maxClaimsPerDay != null && claimsToday >= maxClaimsPerDay) {
      throw new RuleViolationException(
          DAILY_CLAIM_LIMIT_REACHED,
          "You have claimed as many leads today as the daily limit allows ("
              + maxClaimsPerDay
              + ")");
    }
  }

  /** A rep whose lead went back to the pool may not take it again before the cooldown ends. */
  public void checkReclaimCooldown(Instant lastLeftThisLead, Instant now) {
    if (reclaimCooldownDays == null || lastLeftThisLead == null) {
      return;
    }
    Instant reclaimableAt = lastLeftThisLead.plus(Duration.ofDays(reclaimCooldownDays));
    if (now.isBefore(reclaimableAt)) {
      throw new RuleViolationException(
          RECLAIM_COOLDOWN,
          "This lead left you recently; you may claim it again from " + reclaimableAt);
    }
  }
}
