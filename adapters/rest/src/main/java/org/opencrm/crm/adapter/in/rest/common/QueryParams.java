package org.opencrm.crm.adapter.in.rest.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.opencrm.crm.application.port.in.PageRequest;

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
   * A free-text filter value: blank means absent; control characters or over 200 characters: 400.
   */
  public static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw invalid(name, "must not contain control characters");
    }
    if (value.codePointCount(0, value.length()) > 200) {
      throw invalid(name, "must be at most 200 characters");
    }
    return value.strip();
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

  public static BadRequestException invalid(String name, String message) {
    return new BadRequestException(
        "Invalid query parameter " + name, List.of(new Problem.FieldError(name, message)));
  }
}
