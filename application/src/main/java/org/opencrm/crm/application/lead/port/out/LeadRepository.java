package org.opencrm.crm.application.lead.port.out;

import java.time.Instant;
import java.util.Optional;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.lead.ClaimantStanding;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.UserId;

/**
 * Stores leads. Every read takes the caller's {@link DataScope} and applies it in the query: held
 * leads inside the scope, plus pooled leads for any scope but {@code NoRecords} (the pool is shared
 * by definition). This port is the one place lead visibility is enforced.
 */
public interface LeadRepository {

  /** The lead if visible in the scope. */
  Optional<Lead> find(LeadId id, DataScope scope);

  /** Whether a lead with this id exists at all, visible or not. */
  boolean exists(LeadId id);

  /**
   * As {@link #find}, locking the row until the transaction ends, so that concurrent commands on
   * one lead (two reps claiming it) run one after the other and the second sees the first's result.
   */
  Optional<Lead> lock(LeadId id, DataScope scope);

  /** Leads inside the scope (pooled ones included only when the filter asks for POOL). */
  Page<LeadView> search(LeadFilter filter, LeadSort sort, PageRequest page, DataScope scope);

  /** Pooled leads in the order asked for. */
  Page<LeadView> pool(LeadFilter filter, LeadSort sort, PageRequest page);

  /**
   * Inserts or updates the lead, checking the stored version; returns it as stored. Throws {@code
   * VersionConflictException} on a concurrent change.
   */
  Lead save(Lead lead);

  /**
   * Serialises the claims and assignments of one rep until the transaction ends, so that two
   * parallel claims cannot both pass the hold and daily limits.
   */
  void lockRep(UserId rep);

  /** How many leads the rep holds now (the hold limit's count). */
  long heldLeads(UserId rep);

  /** What the pool rules need to know about the rep: held leads, claims since, this lead's exit. */
  ClaimantStanding standing(UserId rep, LeadId lead, Instant claimsSince);

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
