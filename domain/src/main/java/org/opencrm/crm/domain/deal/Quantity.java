package org.opencrm.crm.domain.deal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** How many units a line sells: more than zero, at most four decimals (2.5 hours, 0.125 t). */
public record Quantity(BigDecimal value) {

  public static final String INVALID = "quantity.invalid";
  private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000_000L);
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,10}(\\.\\d{1,10})?");

  public Quantity {
    if (value == null
        || value.signum() <= 0
        || value.compareTo(MAX) > 0
        || value.stripTrailingZeros().scale() > 4) {
      throw new InvalidValueException(
          INVALID,
          "quantity",
          "A quantity is more than 0 and at most 1000000000, with at most four decimals");
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
  }

  /** From the API's decimal string, e.g. {@code "2.5"}. */
  public static Quantity of(String value) {
    if (value == null || !DECIMAL.matcher(value).matches()) {
      throw new InvalidValueException(
          INVALID, "quantity", "A quantity is a decimal string such as \"2.5\"");
    }
    return new Quantity(new BigDecimal(value));
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
