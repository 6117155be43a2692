package org.opencrm.crm.adapter.out.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * Where a keyset page ended: the last row's sort key and id, bound to the order the list was sorted
 * in, as an opaque URL-safe string. A cursor of another list or order is refused.
 */
public record KeysetCursor(String order, String key, UUID id) {

  public String encode() {
    String raw = order + "|" + id + "|" + key;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, if it was made for this order; the key may contain any character. */
  public static KeysetCursor decode(String text, String expectedOrder) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String prefix = expectedOrder + "|";
      String[] rest =
          raw.startsWith(prefix) ? raw.substring(prefix.length()).split("\\|", 2) : null;
      // No sort key holds control characters, and PostgreSQL refuses a NUL in any text.
      if (rest == null || rest.length != 2 || rest[1].chars().anyMatch(Character::isISOControl)) {
        throw invalid();
      }
      return new KeysetCursor(expectedOrder, rest[1], UUID.fromString(rest[0]));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  /** The key as the instant it was written from. */
  public Instant instantKey() {
    try {
      return Instant.parse(key);
    } catch (DateTimeParseException e) {
      throw invalid();
    }
  }

  /** The key as the number it was written from. */
  public float floatKey() {
    try {
      float value = Float.parseFloat(key);
      if (Float.isNaN(value) || Float.isInfinite(value)) {
        throw invalid();
      }
      return value;
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  /** The key as the decimal number it was written from. */
  public BigDecimal decimalKey() {
    try {
      return new BigDecimal(key);
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  /** The key as the date it was written from ({@code infinity} for a date sorting last). */
  public String dateKey() {
    if (!key.equals("infinity")) {
      try {
        LocalDate.parse(key);
      } catch (DateTimeParseException e) {
        throw invalid();
      }
    }
    return key;
  }

  private static InvalidValueException invalid() {
    return new InvalidValueException(
        PageRequest.CURSOR_INVALID,
        "cursor",
        "The cursor is not one this list returned for this sort order");
  }
}
