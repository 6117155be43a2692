package org.opencrm.crm.domain.deal;

import java.util.List;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** An opportunity lacks what a stage needs to be entered; names every missing field. */
public class StageRequirementsException extends InvalidValueException {

  public static final String CODE = "opportunity.stage-requirements";

  private final List<String> missingFields;

  StageRequirementsException(Stage stage, List<DealField> missing) {
    super(
        CODE,
        missing.get(0).apiName(),
        "The stage \""
            + stage.name()
            + "\" needs "
            + String.join(", ", missing.stream().map(DealField::apiName).toList()));
    this.missingFields = missing.stream().map(DealField::apiName).toList();
  }

  /** As the API names them. */
  public List<String> missingFields() {
    return missingFields;
  }
}
