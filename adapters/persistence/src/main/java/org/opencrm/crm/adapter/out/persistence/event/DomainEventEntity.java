package org.opencrm.crm.adapter.out.persistence.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the outbox as the feed reads it (rows are inserted by one statement per save). */
@Entity
@Immutable
@Table(name = "domain_event")
public class DomainEventEntity {

  /** One changed field as stored in the JSON column. */
  public record StoredChange(String field, String from, String to, boolean masked) {}

  @Id private Long position;

  @Column(name = "feed_order")
  private Long feedOrder;

  private UUID id;
  private String type;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "subject_version")
  private long subjectVersion;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "actor_kind")
  private String actorKind;

  @Column(name = "actor_id")
  private String actorId;

  private String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<StoredChange> changes;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, String> refs;

  public Long getPosition() {
    return position;
  }

  public Long getFeedOrder() {
    return feedOrder;
  }

  public UUID getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public UUID getSubjectId() {
    return subjectId;
  }

  public long getSubjectVersion() {
    return subjectVersion;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActorKind() {
    return actorKind;
  }

  public String getActorId() {
    return actorId;
  }

  public String getReason() {
    return reason;
  }

  public List<StoredChange> getChanges() {
    return changes;
  }

  public Map<String, String> getRefs() {
    return refs;
  }
}
