package org.opencrm.crm.application.lead.port.out;

import java.util.Optional;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Stores leads, one aggregate at a time; lists are {@link LeadSearch}, who held what is the pool's
 * {@code OwnershipLedger}. Every read takes the caller's {@link DataScope} and applies it in the
 * query: held leads inside the scope, plus pooled leads for any scope but {@code NoRecords} (the
 * pool is shared by definition); {@link LeadSearch} applies the same rule.
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

  /**
   * Inserts or updates the lead, checking the stored version; returns it as stored. Throws {@code
   * VersionConflictException} on a concurrent change.
   */
  Lead save(Lead lead);

  /**
   * Inserts a lead that has never been stored (without looking for a stored one first) and returns
   * it as stored.
   */
  Lead add(Lead lead);
}
