package org.opencrm.crm.application.customer;

import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * Order of the customer list, written {@code field} or {@code -field} (descending). Ties break on
 * id so that keyset pagination is stable. {@code relevance} needs a {@code q}.
 */
public record CustomerSort(Field field, boolean descending) {

  public static final String INVALID = "sort.invalid";

  public enum Field {
    NAME("name"),
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt"),
    RELEVANCE("relevance");

    private final String apiName;

    Field(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }
  }

  public static CustomerSort parse(String text, boolean searching) {
    if (text == null || text.isBlank()) {
      return searching
          ? new CustomerSort(Field.RELEVANCE, true)
          : new CustomerSort(Field.NAME, false);
    }
    boolean descending = text.startsWith("-");
    String name = descending ? text.substring(1) : text;
    for (Field field : Field.values()) {
      if (field.apiName.equals(name)) {
        if (field == Field.RELEVANCE && !searching) {
          throw new InvalidValueException(
              INVALID, "sort", "sort=relevance needs a q to search for");
        }
        return new CustomerSort(field, descending);
      }
    }
    throw new InvalidValueException(
        INVALID,
        "sort",
        "sort must be one of name, createdAt, updatedAt, relevance, optionally prefixed by -");
  }
}
