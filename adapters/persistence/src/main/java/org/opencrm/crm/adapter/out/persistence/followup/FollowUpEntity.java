package org.opencrm.crm.adapter.out.persistence.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "follow_up")
public class FollowUpEntity {

  @Id private UUID id;

  @Column(name = "lead_id")
  private UUID leadId;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "opportunity_id")
  private UUID opportunityId;

  private String type;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String content;

  private String outcome;

  @Column(name = "next_follow_up_on")
  private LocalDate nextFollowUpOn;

  @Column(name = "author_id")
  private String authorId;

  @Column(name = "author_name")
  private String authorName;

  @Column(name = "created_at")
  private Instant createdAt;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public UUID getLeadId() {
    return leadId;
  }

  public void setLeadId(UUID leadId) {
    this.leadId = leadId;
  }

  public UUID getOpportunityId() {
    return opportunityId;
  }

  public void setOpportunityId(UUID opportunityId) {
    this.opportunityId = opportunityId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public void setCustomerId(UUID customerId) {
    this.customerId = customerId;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(Instant occurredAt) {
    this.occurredAt = occurredAt;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public LocalDate getNextFollowUpOn() {
    return nextFollowUpOn;
  }

  public void setNextFollowUpOn(LocalDate nextFollowUpOn) {
    this.nextFollowUpOn = nextFollowUpOn;
  }

  public String getAuthorId() {
    return authorId;
  }

  public void setAuthorId(String authorId) {
    this.authorId = authorId;
  }

  public String getAuthorName() {
    return authorName;
  }

  public void setAuthorName(String authorName) {
    this.authorName = authorName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
