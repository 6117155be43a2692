package org.opencrm.crm.application.pool.port.out;

import java.time.Instant;
import org.opencrm.crm.domain.lead.ClaimantStanding;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * Who held which lead when (领取 / 释放 / 分配 / 回收): what the pool's hold limit, daily claim limit and
 * reclaim cooldown count, and the lock that keeps one rep's claims in turn.
 */
public interface OwnershipLedger {

  /**
   * Serialises the claims and assignments of one rep until the transaction ends, so that two
   * parallel claims cannot both pass the hold and daily limits.
   */
  void lockRep(UserId rep);

  /**
   * How many leads the rep holds now (the hold limit's count), counting no further than {@code
   * upTo}: a limit only asks whether it is reached, and a rep may hold thousands.
   */
  long heldLeads(UserId rep, long upTo);

  /**
   * What the pool rules need to know about the rep: held leads (counted up to {@code heldUpTo}),
   * claims since the given time (up to {@code claimsUpTo}), this lead's last exit from the rep.
   */
  ClaimantStanding standing(
      UserId rep, LeadId lead, Instant claimsSince, long heldUpTo, long claimsUpTo);

  /** Remembers that the lead came to or left a rep, for the daily limit and the cooldown. */
  void recordOwnership(LeadId lead, UserId rep, OwnershipChange change, Instant at);

  /** How a lead came to or left a rep. */
  enum OwnershipChange {
    CLAIMED,
    ASSIGNED,
    RELEASED,
    RETURNED,
    REASSIGNED_AWAY
  }
}
