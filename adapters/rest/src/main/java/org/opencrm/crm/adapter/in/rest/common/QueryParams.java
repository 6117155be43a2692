package org.opencrm.crm.adapter.in.rest.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

/**
 * Query parameters read by hand: JAX-RS answers 404 when it cannot convert one, but a wrong {@code
 * limit} or enum value is bad input (400) that deserves a field error.
 */
public final class QueryParams {

  private QueryParams() {}

  public static PageRequest page(String limit, String cursor) {
    int size = PageRequest.DEFAULT_LIMIT;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        throw invalid("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
      }
      if (size < 1 || size > PageRequest.MAX_LIMIT) {
        throw invalid("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
      }
    }
    if (cursor != null && (cursor.isBlank() || cursor.length() > 1000)) {
      throw invalid("cursor", "must be a nextCursor value returned by this list");
    }
    return new PageRequest(size, cursor);
  }

  public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(
          name,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  public static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a whole number");
    }
  }

  /**
   * A free-text filter value, cleaned as every filter is ({@link Text#optional}); 400 if invalid.
   */
  public static String text(String name, String value, int maxLength) {
    try {
      return Text.optional(name, value, maxLength);
    } catch (InvalidValueException e) {
      throw invalid(name, e.getMessage());
    }
  }

  /** {@code true} or {@code false}; absent means either. */
  public static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw invalid(name, "must be true or false");
    };
  }

  public static UUID uuid(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(name, "must be a UUID");
    }
  }

  /** An ISO 8601 calendar date, {@code 2026-12-31}. */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw invalid(name, "must be a date such as 2026-12-31");
    }
  }

  /**
   * A plain decimal number such as {@code 1000.50} (no exponent, at most 15 digits before the
   * point).
   */
  public static BigDecimal decimal(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches("-?\\d{1,15}(\\.\\d{1,10})?")) {
      throw invalid(name, "must be a decimal number such as 1000.50");
    }
    return new BigDecimal(value.strip());
  }

  public static BadRequestException invalid(String name, String message) {
    return new BadRequestException(
        "Invalid query parameter " + name, List.of(new Problem.FieldError(name, message)));
  }
}
