package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "pool_policy")
public class PoolPolicyEntity {

  @Id private Short id;

  @Column(name = "max_held_leads")
  private Integer maxHeldLeads;

  @Column(name = "max_claims_per_day")
  private Integer maxClaimsPerDay;

  @Column(name = "follow_up_deadline_days")
  private Integer followUpDeadlineDays;

  @Column(name = "conversion_deadline_days")
  private Integer conversionDeadlineDays;

  @Column(name = "reclaim_cooldown_days")
  private Integer reclaimCooldownDays;

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

  public Integer getMaxHeldLeads() {
    return maxHeldLeads;
  }

  public void setMaxHeldLeads(Integer maxHeldLeads) {
    this.maxHeldLeads = maxHeldLeads;
  }

  public Integer getMaxClaimsPerDay() {
    return maxClaimsPerDay;
  }

  public void setMaxClaimsPerDay(Integer maxClaimsPerDay) {
    this.maxClaimsPerDay = maxClaimsPerDay;
  }

  public Integer getFollowUpDeadlineDays() {
    return followUpDeadlineDays;
  }

  public void setFollowUpDeadlineDays(Integer followUpDeadlineDays) {
    this.followUpDeadlineDays = followUpDeadlineDays;
  }

  public Integer getConversionDeadlineDays() {
    return conversionDeadlineDays;
  }

  public void setConversionDeadlineDays(Integer conversionDeadlineDays) {
    this.conversionDeadlineDays = conversionDeadlineDays;
  }

  public Integer getReclaimCooldownDays() {
    return reclaimCooldownDays;
  }

  public void setReclaimCooldownDays(Integer reclaimCooldownDays) {
    this.reclaimCooldownDays = reclaimCooldownDays;
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
