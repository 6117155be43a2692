package org.opencrm.crm.adapter.out.persistence.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Immutable
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

  public String getAggregateType() {
    return aggregateType;
  }

  public UUID getAggregateId() {
    return aggregateId;
  }

  public String getAction() {
    return action;
  }

  public String getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getActorKind() {
    return actorKind;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getReason() {
    return reason;
  }

  public List<StoredFieldChange> getChanges() {
    return changes;
  }
}
