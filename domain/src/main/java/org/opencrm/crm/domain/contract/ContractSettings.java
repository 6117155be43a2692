package org.opencrm.crm.domain.contract;

import java.math.BigDecimal;
import java.util.Currency;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/** What admins set for contracts: how numbers are made, and when approval is needed. */
public record ContractSettings(ContractNumberPattern numberPattern, ApprovalPolicy approvalPolicy) {

  private static final Currency CNY = Currency.getInstance("CNY");

  /**
   * A new installation's: {@code HT-{yyyy}{MM}-{seq:5}}; above 100 000 CNY a manager of the owner's
   * team approves, above 1 000 000 an admin too, and a discount above 20 % needs a manager.
   */
  public static final ContractSettings DEFAULT =
      new ContractSettings(
          new ContractNumberPattern("HT-{yyyy}{MM}-{seq:5}"),
          new ApprovalPolicy(
              new Money(BigDecimal.valueOf(100_000), CNY),
              new Money(BigDecimal.valueOf(1_000_000), CNY),
              Percent.of("20")));

  public ContractSettings {
    if (numberPattern == null || approvalPolicy == null) {
      throw new IllegalArgumentException("Contract settings name a pattern and a policy");
    }
  }
}
