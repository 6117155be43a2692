package org.opencrm.crm.application.pool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencrm.crm.application.pool.PoolSimulation;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.application.pool.port.in.ManagePoolPolicyUseCase;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.application.pool.port.out.PoolReturns;
import org.opencrm.crm.domain.lead.LeadRules;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

@ApplicationScoped
@Transactional
public class PoolPolicyService implements ManagePoolPolicyUseCase {

  public static final String ADMIN_ONLY = "pool.policy-admin-only";
  public static final String SIMULATE_NOT_ALLOWED = "pool.simulate-not-allowed";
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
    LeadRules.checkWork(actor);
    return policies.current();
  }

  @Override
  public VersionedPoolPolicy update(Actor actor, PoolPolicy policy, long expectedVersion) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(ADMIN_ONLY, "Only an admin sets the pool policy");
    }
    return policies.save(policy, expectedVersion, actor.id().value(), clock.instant());
  }

  @Override
  public PoolSimulation simulate(Actor actor, PoolPolicy proposed) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.MANAGER)) {
      throw new AccessDeniedException(
          SIMULATE_NOT_ALLOWED, "Only a manager or an admin tries out pool policies");
    }
    return returns.simulate(proposed, clock.instant(), SIMULATED_DAYS, actor.scope());
  }
}
