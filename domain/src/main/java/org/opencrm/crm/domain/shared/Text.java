package org.opencrm.crm.domain.shared;

import java.text.Normalizer;

/** Guards for free text: trimmed, NFC-normalised, bounded, optionally required. */
public final class Text {

  public static final String TOO_LONG = "value.too-long";
  public static final String REQUIRED = "value.required";
  public static final String CONTROL_CHARACTERS = "value.control-characters";

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
    if (cleaned.chars().anyMatch(Text::isForbiddenControl)) {
      throw new InvalidValueException(
          CONTROL_CHARACTERS, field, field + " must not contain control characters");
    }
    if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
      throw new InvalidValueException(
          TOO_LONG, field, field + " must be at most " + maxLength + " characters");
    }
    return cleaned;
  }

  /** C0 controls other than tab and line breaks: invisible, and NUL is not storable at all. */
  private static boolean isForbiddenControl(int ch) {
    return (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7F;
  }
}
