package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.opencrm.crm.adapter.out.persistence.SettingsRow;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.domain.lead.PoolPolicy;

/** The pool policy's single row (see {@link SettingsRow} for its versions). */
@ApplicationScoped
class PoolPolicyAdapter implements PoolPolicyStore {

  private final EntityManager em;

  PoolPolicyAdapter(EntityManager em) {
    this.em = em;
  }

  private SettingsRow<PoolPolicyEntity> row() {
    return new SettingsRow<>(
        em, PoolPolicyEntity.class, "pool policy", PoolPolicyEntity::getVersion);
  }

  @Override
  public VersionedPoolPolicy current() {
    SettingsRow<PoolPolicyEntity> settings = row();
    PoolPolicyEntity found = settings.find();
    return found == null
        ? new VersionedPoolPolicy(PoolPolicy.DEFAULT, 0, null, null)
        : view(found, settings);
  }

  @Override
  public VersionedPoolPolicy save(
      PoolPolicy policy, long expectedVersion, String updatedBy, Instant now) {
    SettingsRow<PoolPolicyEntity> settings = row();
    PoolPolicyEntity saved =
        settings.replace(
            expectedVersion,
            () -> {
              PoolPolicyEntity created = new PoolPolicyEntity();
              created.setId(SettingsRow.ID);
              created.setCreatedAt(now);
              return created;
            },
            entity -> {
              entity.setMaxHeldLeads(policy.maxHeldLeads());
              entity.setMaxClaimsPerDay(policy.maxClaimsPerDay());
              entity.setFollowUpDeadlineDays(policy.followUpDeadlineDays());
              entity.setConversionDeadlineDays(policy.conversionDeadlineDays());
              entity.setReclaimCooldownDays(policy.reclaimCooldownDays());
              entity.setUpdatedAt(now);
              entity.setUpdatedBy(updatedBy);
            });
    return view(saved, settings);
  }

  private static VersionedPoolPolicy view(
      PoolPolicyEntity row, SettingsRow<PoolPolicyEntity> settings) {
    return new VersionedPoolPolicy(
        new PoolPolicy(
            row.getMaxHeldLeads(),
            row.getMaxClaimsPerDay(),
            row.getFollowUpDeadlineDays(),
            row.getConversionDeadlineDays(),
            row.getReclaimCooldownDays()),
        settings.versionOf(row),
        row.getUpdatedAt(),
        row.getUpdatedBy());
  }
}
