package org.opencrm.crm.domain.deal;

import java.util.List;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** An opportunity lacks what a stage needs to be entered; names every missing field. */
public class StageRequirementsException extends InvalidValueException {

  public static final String CODE = "opportunity.stage-requirements";

  private final List<String> missingFields;

  StageRequirementsException(Stage stage, List<DealField> missing) {
    this(
        missing.stream().map(DealField::apiName).toList(),
        "The stage \""
            + stage.name()
            + "\" needs "
            + String.join(", ", missing.stream().map(DealField::apiName).toList()));
  }

  private StageRequirementsException(List<String> missingFields, String message) {
    super(CODE, missingFields.get(0), message);
    this.missingFields = missingFields;
  }

  /** As the API names them. */
  public List<String> missingFields() {
    return missingFields;
  }

  /** The same, for an opportunity that is a part of the request ({@code opportunity.amount}). */
  @Override
  public StageRequirementsException at(String fieldPath) {
    String prefix = fieldPath.substring(0, fieldPath.length() - field().length());
    return new StageRequirementsException(
        missingFields.stream().map(field -> prefix + field).toList(), getMessage());
  }
}
