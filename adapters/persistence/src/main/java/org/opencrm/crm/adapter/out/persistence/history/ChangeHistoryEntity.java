package org.opencrm.crm.adapter.out.persistence.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "change_history")
public class ChangeHistoryEntity {

  /** One changed field as stored in the JSON column. */
  public record StoredFieldChange(String field, String oldValue, String newValue) {}

  @Id private UUID id;

  @Column(name = "aggregate_type")
  private String aggregateType;

  @Column(name = "aggregate_id")
  private UUID aggregateId;

  private String action;

  @Column(name = "actor_id")
  private String actorId;

  @Column(name = "actor_name")
  private String actorName;

  @Column(name = "actor_kind")
  private String actorKind;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<StoredFieldChange> changes;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getAggregateType() {
    return aggregateType;
  }

  public void setAggregateType(String aggregateType) {
    this.aggregateType = aggregateType;
  }

  public UUID getAggregateId() {
    return aggregateId;
  }

  public void setAggregateId(UUID aggregateId) {
    this.aggregateId = aggregateId;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActorId() {
    return actorId;
  }

  public void setActorId(String actorId) {
    this.actorId = actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public void setActorName(String actorName) {
    this.actorName = actorName;
  }

  public String getActorKind() {
    return actorKind;
  }

  public void setActorKind(String actorKind) {
    this.actorKind = actorKind;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(Instant occurredAt) {
    this.occurredAt = occurredAt;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<StoredFieldChange> getChanges() {
    return changes;
  }

  public void setChanges(List<StoredFieldChange> changes) {
    this.changes = changes;
  }
}
