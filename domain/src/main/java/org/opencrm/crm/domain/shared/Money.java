package org.opencrm.crm.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An exact amount in one currency (金额), never a float: held at the currency's scale (0.01 for CNY),
 * and refusing any finer amount rather than rounding it away. Amounts of different currencies never
 * mix: adding them is an error, totals are kept per currency.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public static final String INVALID = "money.invalid";
  public static final String CURRENCY_MISMATCH = "money.currency-mismatch";

  /** Up to a trillion and more: 15 digits before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** What an amount may look like in the API: a plain decimal, no exponent, no grouping. */
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  public Money {
    if (amount == null || currency == null) {
      throw new InvalidValueException(INVALID, "amount", "An amount and its currency are required");
    }
    int scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw new InvalidValueException(
          INVALID, "currency", currency.getCurrencyCode() + " is not a currency of money");
    }
    if (amount.stripTrailingZeros().scale() > scale) {
      throw new InvalidValueException(
          INVALID,
          "amount",
          amount.toPlainString()
              + " is finer than the smallest unit of "
              + currency.getCurrencyCode()
              + " ("
              + BigDecimal.ONE.movePointLeft(scale).toPlainString()
              + ")");
    }
    amount = amount.setScale(scale);
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(
          INVALID,
          "amount",
          "An amount has at most " + MAX_INTEGER_DIGITS + " digits before the point");
    }
  }

  /**
   * From the API's decimal string and ISO 4217 code, e.g. {@code ("1234.50", "CNY")}; field names
   * in errors are {@code amount} and {@code currency} (callers re-home them with {@code at}).
   */
  public static Money of(String amount, String currencyCode) {
    if (amount == null || !DECIMAL.matcher(amount).matches()) {
      throw new InvalidValueException(
          INVALID, "amount", "An amount is a decimal string such as \"1234.50\"");
    }
    return new Money(new BigDecimal(amount), currency(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** An ISO 4217 currency code, e.g. {@code CNY}. */
  public static Currency currency(String code) {
    if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          INVALID, "currency", "A currency is an ISO 4217 code such as CNY");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(INVALID, "currency", code + " is not an ISO 4217 currency");
    }
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** This share of the amount, rounded half up to the currency's smallest unit. */
  public Money share(Percent percent) {
    return new Money(
        amount
            .multiply(percent.fraction())
            .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP),
        currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Compares amounts of one currency; amounts of two currencies have no order. */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new InvalidValueException(
          CURRENCY_MISMATCH,
          "currency",
          "Amounts in "
              + currency.getCurrencyCode()
              + " and "
              + other.currency.getCurrencyCode()
              + " do not add up");
    }
    return other;
  }

  /** As the API writes it: {@code 1234.50}. */
  public String amountText() {
    return amount.toPlainString();
  }

  @Override
  public String toString() {
    return amountText() + " " + currency.getCurrencyCode();
  }
}
