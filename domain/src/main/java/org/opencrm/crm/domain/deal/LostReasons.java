package org.opencrm.crm.domain.deal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

/**
 * The reasons an opportunity may be lost for (输单原因), kept by admins so that losses can be counted
 * by reason; a loss names one of them exactly.
 */
public record LostReasons(List<String> reasons) {

  public static final String INVALID = "lost-reasons.invalid";
  public static final String UNKNOWN = "opportunity.lost-reason-unknown";
  public static final int MAX_REASONS = 50;

  /** The list of a new installation. */
  public static final LostReasons DEFAULT =
      new LostReasons(
          List.of(
              "Price",
              "Competitor chosen",
              "No budget",
              "No decision",
              "Timing",
              "Requirements not met",
              "Other"));

  public LostReasons {
    if (reasons == null || reasons.isEmpty() || reasons.size() > MAX_REASONS) {
      throw new InvalidValueException(
          INVALID, "reasons", "From 1 to " + MAX_REASONS + " lost reasons");
    }
    List<String> checked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < reasons.size(); i++) {
      String reason = Text.required("reasons[" + i + "]", reasons.get(i), 100);
      if (!seen.add(reason.toLowerCase(Locale.ROOT))) {
        throw new InvalidValueException(
            INVALID, "reasons[" + i + "]", "\"" + reason + "\" is listed twice");
      }
      checked.add(reason);
    }
    reasons = List.copyOf(checked);
  }

  /** The reason as listed; refused when it is not one of the list. */
  public String check(String reason) {
    String given = Text.required("reason", reason, 100);
    if (!reasons.contains(given)) {
      throw new InvalidValueException(
          UNKNOWN, "reason", "The reason is not one of the lost reasons: " + reasons);
    }
    return given;
  }
}
