package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.adapter.out.persistence.SettingsRow;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.application.pipeline.port.out.LostReasonsStore;
import org.opencrm.crm.domain.deal.LostReasons;

/** The lost reasons' single row (see {@link SettingsRow} for its versions). */
@ApplicationScoped
class LostReasonsAdapter implements LostReasonsStore {

  private final EntityManager em;

  LostReasonsAdapter(EntityManager em) {
    this.em = em;
  }

  private SettingsRow<LostReasonsEntity> row() {
    return new SettingsRow<>(
        em, LostReasonsEntity.class, "lost reasons", LostReasonsEntity::getVersion);
  }

  @Override
  public VersionedLostReasons current() {
    SettingsRow<LostReasonsEntity> settings = row();
    LostReasonsEntity found = settings.find();
    return found == null
        ? new VersionedLostReasons(LostReasons.DEFAULT, 0, null, null)
        : view(found, settings);
  }

  @Override
  public VersionedLostReasons save(
      LostReasons reasons, long expectedVersion, String updatedBy, Instant now) {
    SettingsRow<LostReasonsEntity> settings = row();
    LostReasonsEntity saved =
        settings.replace(
            expectedVersion,
            () -> {
              LostReasonsEntity created = new LostReasonsEntity();
              created.setId(SettingsRow.ID);
              created.setCreatedAt(now);
              return created;
            },
            entity -> {
              entity.setReasons(reasons.reasons().toArray(String[]::new));
              entity.setUpdatedAt(now);
              entity.setUpdatedBy(updatedBy);
            });
    return view(saved, settings);
  }

  private static VersionedLostReasons view(
      LostReasonsEntity row, SettingsRow<LostReasonsEntity> settings) {
    return new VersionedLostReasons(
        new LostReasons(List.of(row.getReasons())),
        settings.versionOf(row),
        row.getUpdatedAt(),
        row.getUpdatedBy());
  }
}
