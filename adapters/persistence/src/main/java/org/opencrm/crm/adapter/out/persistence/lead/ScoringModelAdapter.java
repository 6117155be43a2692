package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.opencrm.crm.adapter.out.persistence.PersistenceErrors;
import org.opencrm.crm.adapter.out.persistence.lead.ScoringModelEntity.StoredGrade;
import org.opencrm.crm.adapter.out.persistence.lead.ScoringModelEntity.StoredRule;
import org.opencrm.crm.application.port.in.VersionedScoringModel;
import org.opencrm.crm.application.port.out.ScoringModelStore;
import org.opencrm.crm.domain.lead.LeadAttribute;
import org.opencrm.crm.domain.lead.ScoringModel;
import org.opencrm.crm.domain.lead.ScoringRule;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * The scoring model's single row, versioned like the pool policy: no row is the default at version
 * 0, the row's own version counts from 0 and callers see it plus one.
 */
@ApplicationScoped
class ScoringModelAdapter implements ScoringModelStore {

  private static final short ROW = 1;

  private final LeadPanacheRepository rows;

  ScoringModelAdapter(LeadPanacheRepository rows) {
    this.rows = rows;
  }

  private EntityManager em() {
    return rows.getEntityManager();
  }

  @Override
  public VersionedScoringModel current() {
    ScoringModelEntity row = em().find(ScoringModelEntity.class, ROW);
    return row == null ? new VersionedScoringModel(ScoringModel.DEFAULT, 0, null, null) : view(row);
  }

  @Override
  public VersionedScoringModel save(
      ScoringModel model, long expectedVersion, String by, Instant now) {
    ScoringModelEntity row = em().find(ScoringModelEntity.class, ROW);
    long current = row == null ? 0 : row.getVersion() + 1;
    if (current != expectedVersion) {
      throw conflict(expectedVersion, current);
    }
    boolean first = row == null;
    if (first) {
      row = new ScoringModelEntity();
      row.setId(ROW);
      row.setCreatedAt(now);
    }
    row.setRules(
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
    row.setGrades(
        model.grades().stream()
            .map(grade -> new StoredGrade(grade.name(), grade.minScore()))
            .toList());
    row.setUpdatedAt(now);
    row.setUpdatedBy(by);
    if (first) {
      em().persist(row);
    }
    try {
      em().flush();
    } catch (OptimisticLockException e) {
      throw conflict(expectedVersion, expectedVersion + 1);
    } catch (PersistenceException e) {
      if (PersistenceErrors.violatedConstraint(e)
          .filter("scoring_model_pkey"::equals)
          .isPresent()) {
        throw conflict(expectedVersion, expectedVersion + 1);
      }
      throw e;
    }
    return view(row);
  }

  private static VersionedScoringModel view(ScoringModelEntity row) {
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
        model, row.getVersion() + 1, row.getUpdatedAt(), row.getUpdatedBy());
  }

  private static VersionConflictException conflict(long expected, long actual) {
    return new VersionConflictException("scoring model", "in force", expected, actual);
  }
}
