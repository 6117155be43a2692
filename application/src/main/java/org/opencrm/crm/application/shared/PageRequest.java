package org.opencrm.crm.application.shared;

import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * A keyset page: at most {@code limit} items after the opaque {@code cursor} (null = first page).
 */
public record PageRequest(int limit, String cursor) {

  public static final int MAX_LIMIT = 200;
  public static final int DEFAULT_LIMIT = 50;

  /** A cursor that this list did not hand out (or handed out for another sort order). */
  public static final String CURSOR_INVALID = "page.cursor-invalid";

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException(
          "page.limit-out-of-range", "limit", "limit must be between 1 and " + MAX_LIMIT);
    }
  }
}
