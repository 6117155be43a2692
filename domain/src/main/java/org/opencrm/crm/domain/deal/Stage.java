package org.opencrm.crm.domain.deal;

import java.math.BigDecimal;
import java.util.Set;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.Text;

/**
 * A stage of a pipeline (阶段): its win probability, what an opportunity must have to enter it, and
 * whether its opportunities count as commit in the forecast. The won stage is 100 %, the lost one 0
 * %.
 */
public record Stage(
    StageId id,
    String name,
    Percent probability,
    StageOutcome outcome,
    Set<DealField> requiredToEnter,
    boolean commit) {

  public static final String INVALID = "pipeline.stage-invalid";
  private static final Percent CERTAIN = new Percent(BigDecimal.valueOf(100));

  public Stage {
    if (id == null || outcome == null) {
      throw new IllegalArgumentException("A stage has an id and an outcome");
    }
    name = Text.required("name", name, 50);
    if (probability == null) {
      throw new InvalidValueException(Text.REQUIRED, "probability", "probability is required");
    }
    requiredToEnter = requiredToEnter == null ? Set.of() : Set.copyOf(requiredToEnter);
    if (outcome == StageOutcome.WON && !probability.equals(CERTAIN)) {
      throw new InvalidValueException(INVALID, "probability", "The won stage is 100 %");
    }
    if (outcome == StageOutcome.LOST && !probability.equals(Percent.ZERO)) {
      throw new InvalidValueException(INVALID, "probability", "The lost stage is 0 %");
    }
    if (outcome != StageOutcome.OPEN && commit) {
      throw new InvalidValueException(INVALID, "commit", "Only an open stage counts as commit");
    }
  }

  public static Stage open(
      String name, String probability, Set<DealField> required, boolean commit) {
    return new Stage(
        StageId.newId(), name, Percent.of(probability), StageOutcome.OPEN, required, commit);
  }

  /**
   * An amount weighted by this stage's win probability, half up to the currency's smallest unit.
   */
  public Money weigh(Money amount) {
    return amount.share(probability);
  }

  public boolean isOpen() {
    return outcome == StageOutcome.OPEN;
  }
}
