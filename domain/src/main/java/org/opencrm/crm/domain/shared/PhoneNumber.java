package org.opencrm.crm.domain.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number in E.164 form ({@code +8613800138000}), so that the same number typed in different
 * ways is recognised as the same (the basis of 查重 by phone).
 */
public record PhoneNumber(String e164) {

  public static final String INVALID = "phone.invalid";
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  public PhoneNumber {
    if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
      throw new InvalidValueException(INVALID, "phone", "Not an E.164 phone number");
    }
  }

  /**
   * Parses what a person typed: international numbers with {@code +} or {@code 00}, national ones
   * in the default region (an ISO 3166 code such as {@code CN}).
   */
  public static PhoneNumber parse(String typed, String defaultRegion) {
    if (typed == null || typed.isBlank() || typed.length() > 40) {
      throw new InvalidValueException(INVALID, "phone", "Not a valid phone number");
    }
    try {
      Phonenumber.PhoneNumber parsed = UTIL.parse(typed, defaultRegion);
      if (!UTIL.isValidNumber(parsed)) {
        throw new InvalidValueException(INVALID, "phone", "Not a valid phone number");
      }
      return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw new InvalidValueException(INVALID, "phone", "Not a valid phone number");
    }
  }

  @Override
  public String toString() {
    return e164;
  }
}
