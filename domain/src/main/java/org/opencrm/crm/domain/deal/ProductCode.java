package org.opencrm.crm.domain.deal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * A product's code in the catalogue (产品编码), unique: letters, digits, dot, dash and underscore, up
 * to 40, held in upper case so that {@code sku-1} and {@code SKU-1} are one code.
 */
public record ProductCode(String value) {

  public static final String INVALID = "product.code-invalid";
  public static final String TAKEN = "product.code-taken";
  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

  public ProductCode {
    value = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException(
          INVALID,
          "code",
          "A product code has 1 to 40 letters, digits, '.', '-' or '_' and starts with a letter"
              + " or digit");
    }
  }

  /** Another product of the catalogue has this code. */
  public static DuplicateDetectedException taken() {
    return new DuplicateDetectedException(TAKEN, "Another product has this code");
  }

  @Override
  public String toString() {
    return value;
  }
}
