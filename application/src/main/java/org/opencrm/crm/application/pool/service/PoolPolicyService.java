package org.opencrm.crm.application.pool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencrm.crm.application.pool.PoolSimulation;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.application.pool.port.in.ManagePoolPolicyUseCase;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.application.pool.port.out.PoolReturns;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.Actor;

@ApplicationScoped
@Transactional
public class PoolPolicyService implements ManagePoolPolicyUseCase {

  static final int SIMULATED_DAYS = 7;

  private final PoolPolicyStore policies;
  private final PoolReturns returns;
  private final Clock clock;

  public PoolPolicyService(PoolPolicyStore policies, PoolReturns returns, Clock clock) {
    this.policies = policies;
    this.returns = returns;
    this.clock = clock;
  }

  @Override
  public VersionedPoolPolicy current(Actor actor) {
    LeadPermissions.checkWork(actor);
    return policies.current();
  }

  @Override
  public VersionedPoolPolicy update(Actor actor, PoolPolicy policy, long expectedVersion) {
    LeadPermissions.checkSetPoolPolicy(actor);
    return policies.save(policy, expectedVersion, actor.id().value(), clock.instant());
  }

  @Override
  public PoolSimulation simulate(Actor actor, PoolPolicy proposed) {
    LeadPermissions.checkSimulatePoolPolicy(actor);
    return returns.simulate(proposed, clock.instant(), SIMULATED_DAYS, actor.scope());
  }
}
