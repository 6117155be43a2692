package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contract's row; its line items, attachments and approval are JSON documents of their own, its
 * installments, payments and invoices rows of their tables.
 */
@Entity
@Table(name = "contract")
public class ContractEntity {

  @Id private UUID id;
  private String number;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "opportunity_id")
  private UUID opportunityId;

  private String title;
  private BigDecimal amount;
  private String currency;

  @Column(name = "line_items")
  @JdbcTypeCode(SqlTypes.JSON)
  private String lineItems;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @JdbcTypeCode(SqlTypes.JSON)
  private String attachments;

  private String status;

  @JdbcTypeCode(SqlTypes.JSON)
  private String approval;

  @Column(name = "pending_level")
  private String pendingLevel;

  private String rejection;

  @Column(name = "termination_reason")
  private String terminationReason;

  @Column(name = "owner_id")
  private String ownerId;

  private String team;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private Long version;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public void setCustomerId(UUID customerId) {
    this.customerId = customerId;
  }

  public UUID getOpportunityId() {
    return opportunityId;
  }

  public void setOpportunityId(UUID opportunityId) {
    this.opportunityId = opportunityId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getLineItems() {
    return lineItems;
  }

  public void setLineItems(String lineItems) {
    this.lineItems = lineItems;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getAttachments() {
    return attachments;
  }

  public void setAttachments(String attachments) {
    this.attachments = attachments;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getApproval() {
    return approval;
  }

  public void setApproval(String approval) {
    this.approval = approval;
  }

  public String getPendingLevel() {
    return pendingLevel;
  }

  public void setPendingLevel(String pendingLevel) {
    this.pendingLevel = pendingLevel;
  }

  public String getRejection() {
    return rejection;
  }

  public void setRejection(String rejection) {
    this.rejection = rejection;
  }

  public String getTerminationReason() {
    return terminationReason;
  }

  public void setTerminationReason(String terminationReason) {
    this.terminationReason = terminationReason;
  }

  public String getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(String ownerId) {
    this.ownerId = ownerId;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  public void setActivatedAt(Instant activatedAt) {
    this.activatedAt = activatedAt;
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

  public Long getVersion() {
    return version;
  }
}
