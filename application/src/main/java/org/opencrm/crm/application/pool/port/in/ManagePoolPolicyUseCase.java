package org.opencrm.crm.application.pool.port.in;

import org.opencrm.crm.application.pool.PoolSimulation;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.Actor;

/** Admins set the pool policy; anyone who works leads reads it; managers try one out first. */
public interface ManagePoolPolicyUseCase {

  VersionedPoolPolicy current(Actor actor);

  VersionedPoolPolicy update(Actor actor, PoolPolicy policy, long expectedVersion);

  /** What the proposed policy would return to the pool now and on each of the next 7 days. */
  PoolSimulation simulate(Actor actor, PoolPolicy proposed);
}
