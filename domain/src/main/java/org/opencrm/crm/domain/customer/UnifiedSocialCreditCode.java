package org.opencrm.crm.domain.customer;

import java.util.Locale;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * 统一社会信用代码: the 18-character registration code of a Chinese organisation (GB 32100-2015), the
 * strongest key for finding company duplicates. The last character is a check character computed
 * over the first 17 with weights 3^i mod 31.
 */
public record UnifiedSocialCreditCode(String value) {

  public static final String INVALID = "credit-code.invalid";

  /** Another customer already carries the code. */
  public static final String TAKEN = "customer.credit-code-taken";

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public UnifiedSocialCreditCode {
    if (value == null) {
      throw invalid("is required");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (value.length() != 18) {
      throw invalid("must be 18 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int code = ALPHABET.indexOf(value.charAt(i));
      if (code < 0) {
        throw invalid("contains a character not allowed by GB 32100-2015");
      }
      sum += code * WEIGHTS[i];
    }
    char expected = ALPHABET.charAt((31 - sum % 31) % 31);
    if (value.charAt(17) != expected) {
      throw invalid("has a wrong check character");
    }
  }

  /** Completes 17 characters with their check character (for test data and generators). */
  public static UnifiedSocialCreditCode withCheckCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return new UnifiedSocialCreditCode(first17 + ALPHABET.charAt((31 - sum % 31) % 31));
  }

  /** Another customer already carries the code (unique among customers, archived included). */
  public static DuplicateDetectedException taken() {
    return new DuplicateDetectedException(
        TAKEN, "A customer with this unified social credit code already exists");
  }

  private static InvalidValueException invalid(String reason) {
    return new InvalidValueException(
        INVALID, "unifiedSocialCreditCode", "The unified social credit code " + reason);
  }

  @Override
  public String toString() {
    return value;
  }
}
