package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.opencrm.crm.adapter.out.persistence.SettingsRow;
import org.opencrm.crm.application.contract.VersionedContractSettings;
import org.opencrm.crm.application.contract.port.out.ContractSettingsStore;
import org.opencrm.crm.domain.contract.ApprovalPolicy;
import org.opencrm.crm.domain.contract.ContractNumberPattern;
import org.opencrm.crm.domain.contract.ContractSettings;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/** The contract settings' single row (see {@link SettingsRow} for its versions). */
@ApplicationScoped
class ContractSettingsAdapter implements ContractSettingsStore {

  private final EntityManager em;

  ContractSettingsAdapter(EntityManager em) {
    this.em = em;
  }

  private SettingsRow<ContractSettingsEntity> row() {
    return new SettingsRow<>(
        em, ContractSettingsEntity.class, "contract settings", ContractSettingsEntity::getVersion);
  }

  @Override
  public VersionedContractSettings current() {
    SettingsRow<ContractSettingsEntity> settings = row();
    ContractSettingsEntity found = settings.find();
    return found == null
        ? new VersionedContractSettings(ContractSettings.DEFAULT, 0, null, null)
        : view(found, settings);
  }

  @Override
  public VersionedContractSettings save(
      ContractSettings settings, long expectedVersion, String updatedBy, Instant now) {
    SettingsRow<ContractSettingsEntity> rows = row();
    ApprovalPolicy policy = settings.approvalPolicy();
    Money threshold = policy.managerAbove() != null ? policy.managerAbove() : policy.adminAbove();
    ContractSettingsEntity saved =
        rows.replace(
            expectedVersion,
            () -> {
              ContractSettingsEntity created = new ContractSettingsEntity();
              created.setId(SettingsRow.ID);
              created.setCreatedAt(now);
              return created;
            },
            entity -> {
              entity.setNumberPattern(settings.numberPattern().value());
              entity.setManagerAbove(amount(policy.managerAbove()));
              entity.setAdminAbove(amount(policy.adminAbove()));
              entity.setThresholdCurrency(
                  threshold == null ? null : threshold.currency().getCurrencyCode());
              entity.setManagerDiscountAbove(
                  policy.managerForDiscountAbove() == null
                      ? null
                      : policy.managerForDiscountAbove().value());
              entity.setUpdatedAt(now);
              entity.setUpdatedBy(updatedBy);
            });
    return view(saved, rows);
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }

  private static VersionedContractSettings view(
      ContractSettingsEntity row, SettingsRow<ContractSettingsEntity> settings) {
    Currency currency =
        row.getThresholdCurrency() == null
            ? null
            : Currency.getInstance(row.getThresholdCurrency());
    return new VersionedContractSettings(
        new ContractSettings(
            new ContractNumberPattern(row.getNumberPattern()),
            new ApprovalPolicy(
                money(row.getManagerAbove(), currency),
                money(row.getAdminAbove(), currency),
                row.getManagerDiscountAbove() == null
                    ? null
                    : new Percent(row.getManagerDiscountAbove()))),
        settings.versionOf(row),
        row.getUpdatedAt(),
        row.getUpdatedBy());
  }

  private static Money money(BigDecimal amount, Currency currency) {
    return amount == null
        ? null
        : new Money(amount.setScale(currency.getDefaultFractionDigits()), currency);
  }
}
