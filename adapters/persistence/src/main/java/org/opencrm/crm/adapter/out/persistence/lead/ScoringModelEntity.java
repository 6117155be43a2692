package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "scoring_model")
public class ScoringModelEntity {

  /** A rule as stored. */
  public record StoredRule(
      String name, String attribute, String operator, List<String> values, int points) {}

  /** A grade as stored. */
  public record StoredGrade(String name, int minScore) {}

  @Id private Short id;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<StoredRule> rules;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<StoredGrade> grades;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private Long version;

  public Short getId() {
    return id;
  }

  public void setId(Short id) {
    this.id = id;
  }

  public List<StoredRule> getRules() {
    return rules;
  }

  public void setRules(List<StoredRule> rules) {
    this.rules = rules;
  }

  public List<StoredGrade> getGrades() {
    return grades;
  }

  public void setGrades(List<StoredGrade> grades) {
    this.grades = grades;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public void setUpdatedBy(String updatedBy) {
    this.updatedBy = updatedBy;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
