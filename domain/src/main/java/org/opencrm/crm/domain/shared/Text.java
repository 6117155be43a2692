package org.opencrm.crm.domain.shared;

import java.text.Normalizer;

/** Guards for free text: trimmed, NFC-normalised, bounded, optionally required. */
public final class Text {

  public static final String TOO_LONG = "value.too-long";
  public static final String REQUIRED = "value.required";

  private Text() {}

  public static String required(String field, String value, int maxLength) {
    String cleaned = optional(field, value, maxLength);
    if (cleaned == null) {
      throw new InvalidValueException(REQUIRED, field, field + " is required");
    }
    return cleaned;
  }

  /** The cleaned text, or null when absent or blank. */
  public static String optional(String field, String value, int maxLength) {
    if (value == null) {
      return null;
    }
    String cleaned = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (cleaned.isEmpty()) {
      return null;
    }
    if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
      throw new InvalidValueException(
          TOO_LONG, field, field + " must be at most " + maxLength + " characters");
    }
    return cleaned;
  }
}
