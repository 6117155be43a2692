package org.opencrm.crm.adapter.out.persistence.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the outbox; its feed order is set by the database as it is inserted. */
@Entity
@Table(name = "domain_event")
public class DomainEventEntity {

  /** One changed field as stored in the JSON column. */
  public record StoredChange(String field, String from, String to, boolean masked) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long position;

  @Column(name = "feed_order", insertable = false, updatable = false)
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

  public void setId(UUID id) {
    this.id = id;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public UUID getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(UUID subjectId) {
    this.subjectId = subjectId;
  }

  public long getSubjectVersion() {
    return subjectVersion;
  }

  public void setSubjectVersion(long subjectVersion) {
    this.subjectVersion = subjectVersion;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(Instant occurredAt) {
    this.occurredAt = occurredAt;
  }

  public String getActorKind() {
    return actorKind;
  }

  public void setActorKind(String actorKind) {
    this.actorKind = actorKind;
  }

  public String getActorId() {
    return actorId;
  }

  public void setActorId(String actorId) {
    this.actorId = actorId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<StoredChange> getChanges() {
    return changes;
  }

  public void setChanges(List<StoredChange> changes) {
    this.changes = changes;
  }

  public Map<String, String> getRefs() {
    return refs;
  }

  public void setRefs(Map<String, String> refs) {
    this.refs = refs;
  }
}
