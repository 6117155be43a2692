package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.Text;

/**
 * What a contract says: its title, its value (an amount or line items), when it was signed and the
 * term it runs for, and the files attached to it.
 */
public record ContractDetails(
    String title,
    DealValue value,
    LocalDate signedOn,
    LocalDate startsOn,
    LocalDate endsOn,
    List<Attachment> attachments) {

  public static final String TERM_INVALID = "contract.term-invalid";
  public static final String VALUE_REQUIRED = "contract.value-required";
  public static final int MAX_ATTACHMENTS = 20;

  public ContractDetails {
    title = Text.required("title", title, 200);
    if (value == null) {
      throw new InvalidValueException(
          VALUE_REQUIRED, "amount", "A contract has an amount or line items");
    }
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw new InvalidValueException(TERM_INVALID, "endsOn", "A contract ends after it starts");
    }
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw new InvalidValueException(
          Attachment.INVALID, "attachments", "At most " + MAX_ATTACHMENTS + " attachments");
    }
  }

  /** The largest discount of its line items (none: zero), for the approval rules. */
  public Percent largestDiscount() {
    return value.lines().stream()
        .map(line -> line.discount())
        .reduce((a, b) -> a.exceeds(b) ? a : b)
        .orElse(Percent.ZERO);
  }
}
