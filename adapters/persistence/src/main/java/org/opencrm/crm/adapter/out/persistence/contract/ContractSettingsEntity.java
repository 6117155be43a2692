package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "contract_settings")
public class ContractSettingsEntity {

  @Id private Short id;

  @Column(name = "number_pattern")
  private String numberPattern;

  @Column(name = "manager_above")
  private BigDecimal managerAbove;

  @Column(name = "admin_above")
  private BigDecimal adminAbove;

  @Column(name = "threshold_currency")
  private String thresholdCurrency;

  @Column(name = "manager_discount_above")
  private BigDecimal managerDiscountAbove;

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

  public String getNumberPattern() {
    return numberPattern;
  }

  public void setNumberPattern(String numberPattern) {
    this.numberPattern = numberPattern;
  }

  public BigDecimal getManagerAbove() {
    return managerAbove;
  }

  public void setManagerAbove(BigDecimal managerAbove) {
    this.managerAbove = managerAbove;
  }

  public BigDecimal getAdminAbove() {
    return adminAbove;
  }

  public void setAdminAbove(BigDecimal adminAbove) {
    this.adminAbove = adminAbove;
  }

  public String getThresholdCurrency() {
    return thresholdCurrency;
  }

  public void setThresholdCurrency(String thresholdCurrency) {
    this.thresholdCurrency = thresholdCurrency;
  }

  public BigDecimal getManagerDiscountAbove() {
    return managerDiscountAbove;
  }

  public void setManagerDiscountAbove(BigDecimal managerDiscountAbove) {
    this.managerDiscountAbove = managerDiscountAbove;
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
}
