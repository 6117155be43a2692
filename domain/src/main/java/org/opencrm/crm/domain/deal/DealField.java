package org.opencrm.crm.domain.deal;

/** The fields of an opportunity that a stage may require before it is entered. */
public enum DealField {
  AMOUNT("amount"),
  EXPECTED_CLOSE_DATE("expectedCloseDate"),
  NEXT_STEP("nextStep"),
  CONTACTS("contacts"),
  COMPETITOR("competitor");

  private final String apiName;

  DealField(String apiName) {
    this.apiName = apiName;
  }

  /** As the API names the field. */
  public String apiName() {
    return apiName;
  }
}
