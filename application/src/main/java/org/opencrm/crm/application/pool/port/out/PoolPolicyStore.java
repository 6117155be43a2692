package org.opencrm.crm.application.pool.port.out;

import java.time.Instant;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.domain.lead.PoolPolicy;

/** Keeps the one pool policy in force (the default until an admin sets one). */
public interface PoolPolicyStore {

  VersionedPoolPolicy current();

  /** Replaces the policy if it is still at {@code expectedVersion}; else VersionConflict. */
  VersionedPoolPolicy save(PoolPolicy policy, long expectedVersion, String updatedBy, Instant now);
}
