package org.opencrm.crm.application.opportunity;

import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * Order of the opportunity list, written {@code field} or {@code -field} (descending); the default
 * is the most recently updated first. Without an amount an opportunity sorts as the smallest,
 * without a close date as the latest. Ties break on id so that keyset pages are stable.
 */
public record OpportunitySort(Field field, boolean descending) {

  public static final String INVALID = "sort.invalid";
  public static final OpportunitySort DEFAULT = new OpportunitySort(Field.UPDATED_AT, true);

  public enum Field {
    UPDATED_AT("updatedAt"),
    AMOUNT("amount"),
    EXPECTED_CLOSE_DATE("expectedCloseDate");

    private final String apiName;

    Field(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }
  }

  public static OpportunitySort parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    boolean descending = text.startsWith("-");
    String name = descending ? text.substring(1) : text;
    for (Field field : Field.values()) {
      if (field.apiName.equals(name)) {
        return new OpportunitySort(field, descending);
      }
    }
    throw new InvalidValueException(
        INVALID,
        "sort",
        "sort must be one of updatedAt, amount, expectedCloseDate, optionally prefixed by -");
  }
}
