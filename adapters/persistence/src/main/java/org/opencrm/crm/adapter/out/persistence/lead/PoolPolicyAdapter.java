package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.opencrm.crm.adapter.out.persistence.PersistenceErrors;
import org.opencrm.crm.application.port.in.VersionedPoolPolicy;
import org.opencrm.crm.application.port.out.PoolPolicyStore;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * The pool policy's single row. No row means the built-in default, which callers see as version 0;
 * the row's own version counts from 0, so callers see it plus one.
 */
@ApplicationScoped
class PoolPolicyAdapter implements PoolPolicyStore {

  private static final short ROW = 1;

  private final LeadPanacheRepository rows;

  PoolPolicyAdapter(LeadPanacheRepository rows) {
    this.rows = rows;
  }

  private EntityManager em() {
    return rows.getEntityManager();
  }

  @Override
  public VersionedPoolPolicy current() {
    PoolPolicyEntity row = em().find(PoolPolicyEntity.class, ROW);
    return row == null ? new VersionedPoolPolicy(PoolPolicy.DEFAULT, 0, null, null) : view(row);
  }

  @Override
  public VersionedPoolPolicy save(
      PoolPolicy policy, long expectedVersion, String updatedBy, Instant now) {
    PoolPolicyEntity row = em().find(PoolPolicyEntity.class, ROW);
    long current = row == null ? 0 : row.getVersion() + 1;
    if (current != expectedVersion) {
      throw conflict(expectedVersion, current);
    }
    boolean first = row == null;
    if (first) {
      row = new PoolPolicyEntity();
      row.setId(ROW);
      row.setCreatedAt(now);
    }
    row.setMaxHeldLeads(policy.maxHeldLeads());
    row.setMaxClaimsPerDay(policy.maxClaimsPerDay());
    row.setFollowUpDeadlineDays(policy.followUpDeadlineDays());
    row.setConversionDeadlineDays(policy.conversionDeadlineDays());
    row.setReclaimCooldownDays(policy.reclaimCooldownDays());
    row.setUpdatedAt(now);
    row.setUpdatedBy(updatedBy);
    if (first) {
      em().persist(row);
    }
    try {
      em().flush();
    } catch (OptimisticLockException e) {
      throw conflict(expectedVersion, expectedVersion + 1);
    } catch (PersistenceException e) {
      // Two first-time saves at once: the second finds the row taken.
      if (PersistenceErrors.violatedConstraint(e).filter("pool_policy_pkey"::equals).isPresent()) {
        throw conflict(expectedVersion, expectedVersion + 1);
      }
      throw e;
    }
    return view(row);
  }

  private static VersionedPoolPolicy view(PoolPolicyEntity row) {
    return new VersionedPoolPolicy(
        new PoolPolicy(
            row.getMaxHeldLeads(),
            row.getMaxClaimsPerDay(),
            row.getFollowUpDeadlineDays(),
            row.getConversionDeadlineDays(),
            row.getReclaimCooldownDays()),
        row.getVersion() + 1,
        row.getUpdatedAt(),
        row.getUpdatedBy());
  }

  private static VersionConflictException conflict(long expected, long actual) {
    return new VersionConflictException("pool policy", "in force", expected, actual);
  }
}
