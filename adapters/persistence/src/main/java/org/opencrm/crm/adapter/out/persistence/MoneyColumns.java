package org.opencrm.crm.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.Currency;
import org.opencrm.crm.domain.shared.Money;

/** Money in two columns: a {@code numeric(19,4)} amount and its ISO 4217 currency. */
public final class MoneyColumns {

  /** Amounts are stored at four decimals, whatever the currency's own scale. */
  public static final int SCALE = 4;

  private MoneyColumns() {}

  public static BigDecimal amount(Money money) {
    return money == null ? null : money.amount().setScale(SCALE);
  }

  /** The money an amount column holds, back at its currency's scale; null stays null. */
  public static Money money(BigDecimal amount, String currency) {
    if (amount == null) {
      return null;
    }
    Currency unit = Currency.getInstance(currency);
    return new Money(amount.setScale(unit.getDefaultFractionDigits()), unit);
  }
}
