package org.opencrm.crm.domain.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A share from 0 to 100 % with at most two decimals: a tax rate, a discount. */
public record Percent(BigDecimal value) {

  public static final String INVALID = "percent.invalid";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{1,10})?");

  /** Declared after the constants its constructor reads. */
  public static final Percent ZERO = new Percent(BigDecimal.ZERO);

  public Percent {
    if (value == null
        || value.signum() < 0
        || value.compareTo(HUNDRED) > 0
        || value.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException(
          INVALID, "percent", "A percentage runs from 0 to 100 with at most two decimals");
    }
    value = value.setScale(2);
  }

  /** From the API's decimal string, e.g. {@code "12.5"}. */
  public static Percent of(String value) {
    if (value == null || !DECIMAL.matcher(value).matches()) {
      throw new InvalidValueException(
          INVALID, "percent", "A percentage is a decimal string such as \"12.5\"");
    }
    return new Percent(new BigDecimal(value));
  }

  /** This share as a fraction of one: 12.50 % is 0.1250. */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  public boolean exceeds(Percent other) {
    return value.compareTo(other.value) > 0;
  }

  @Override
  public String toString() {
    return value.toPlainString() + " %";
  }
}
