package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.opencrm.crm.adapter.out.persistence.SettingsRow;
import org.opencrm.crm.adapter.out.persistence.lead.ScoringModelEntity.StoredGrade;
import org.opencrm.crm.adapter.out.persistence.lead.ScoringModelEntity.StoredRule;
import org.opencrm.crm.application.scoring.VersionedScoringModel;
import org.opencrm.crm.application.scoring.port.out.ScoringModelStore;
import org.opencrm.crm.domain.lead.LeadAttribute;
import org.opencrm.crm.domain.lead.ScoringModel;
import org.opencrm.crm.domain.lead.ScoringRule;

/** The scoring model's single row (see {@link SettingsRow} for its versions). */
@ApplicationScoped
class ScoringModelAdapter implements ScoringModelStore {

  private final EntityManager em;

  ScoringModelAdapter(EntityManager em) {
    this.em = em;
  }

  private SettingsRow<ScoringModelEntity> row() {
    return new SettingsRow<>(
        em, ScoringModelEntity.class, "scoring model", ScoringModelEntity::getVersion);
  }

  @Override
  public VersionedScoringModel current() {
    SettingsRow<ScoringModelEntity> settings = row();
    ScoringModelEntity found = settings.find();
    return found == null
        ? new VersionedScoringModel(ScoringModel.DEFAULT, 0, null, null)
        : view(found, settings);
  }

  @Override
  public VersionedScoringModel save(
      ScoringModel model, long expectedVersion, String by, Instant now) {
    SettingsRow<ScoringModelEntity> settings = row();
    ScoringModelEntity saved =
        settings.replace(
            expectedVersion,
            () -> {
              ScoringModelEntity created = new ScoringModelEntity();
              created.setId(SettingsRow.ID);
              created.setCreatedAt(now);
              return created;
            },
            entity -> {
              entity.setRules(
                  model.rules().stream()
                      .map(
                          rule ->
                              new StoredRule(
                                  rule.name(),
                                  rule.attribute().name(),
                                  rule.operator().name(),
                                  rule.values(),
                                  rule.points()))
                      .toList());
              entity.setGrades(
                  model.grades().stream()
                      .map(grade -> new StoredGrade(grade.name(), grade.minScore()))
                      .toList());
              entity.setUpdatedAt(now);
              entity.setUpdatedBy(by);
            });
    return view(saved, settings);
  }

  private static VersionedScoringModel view(
      ScoringModelEntity row, SettingsRow<ScoringModelEntity> settings) {
    ScoringModel model =
        new ScoringModel(
            row.getRules().stream()
                .map(
                    rule ->
                        new ScoringRule(
                            rule.name(),
                            LeadAttribute.valueOf(rule.attribute()),
                            ScoringRule.Operator.valueOf(rule.operator()),
                            rule.values(),
                            rule.points()))
                .toList(),
            row.getGrades().stream()
                .map(grade -> new ScoringModel.Grade(grade.name(), grade.minScore()))
                .toList());
    return new VersionedScoringModel(
        model, settings.versionOf(row), row.getUpdatedAt(), row.getUpdatedBy());
  }
}
