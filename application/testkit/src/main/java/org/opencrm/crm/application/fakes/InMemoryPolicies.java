package org.opencrm.crm.application.fakes;

import java.time.Instant;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.application.scoring.VersionedScoringModel;
import org.opencrm.crm.application.scoring.port.out.ScoringModelStore;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.lead.ScoringModel;
import org.opencrm.crm.domain.shared.VersionConflictException;

/** The pool policy and the scoring model in memory, versioned like the adapters. */
public class InMemoryPolicies implements PoolPolicyStore {

  private VersionedPoolPolicy pool = new VersionedPoolPolicy(PoolPolicy.DEFAULT, 0, null, null);
  private VersionedScoringModel scoring =
      new VersionedScoringModel(ScoringModel.DEFAULT, 0, null, null);

  @Override
  public VersionedPoolPolicy current() {
    return pool;
  }

  @Override
  public VersionedPoolPolicy save(
      PoolPolicy policy, long expectedVersion, String updatedBy, Instant now) {
    if (expectedVersion != pool.version()) {
      throw new VersionConflictException(
          "pool policy", "in force", expectedVersion, pool.version());
    }
    pool = new VersionedPoolPolicy(policy, pool.version() + 1, now, updatedBy);
    return pool;
  }

  public ScoringModelStore scoring() {
    return new ScoringModelStore() {
      @Override
      public VersionedScoringModel current() {
        return scoring;
      }

      @Override
      public VersionedScoringModel save(
          ScoringModel model, long expectedVersion, String by, Instant now) {
        scoring = new VersionedScoringModel(model, scoring.version() + 1, now, by);
        return scoring;
      }
    };
  }
}
