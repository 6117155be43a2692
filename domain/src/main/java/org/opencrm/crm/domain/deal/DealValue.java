package org.opencrm.crm.domain.deal;

import java.util.List;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;

/**
 * What a deal is worth: a plain amount, or line items whose rounded totals add up to it. Line items
 * share one currency; an amount is never negative.
 */
public record DealValue(Money total, List<LineItem> lines) {

  public static final String INVALID = "deal.value-invalid";
  public static final int MAX_LINES = 200;

  public DealValue {
    lines = List.copyOf(lines);
    if (total == null || total.isNegative()) {
      throw new InvalidValueException(INVALID, "amount", "A deal's amount is not negative");
    }
  }

  /** A deal without line items. */
  public static DealValue ofAmount(Money amount) {
    return new DealValue(amount, List.of());
  }

  /** A deal of line items: 1 to 200 lines in one currency; its amount is their total. */
  public static DealValue ofLines(List<LineItem> lines) {
    if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
      throw new InvalidValueException(
          INVALID, "lineItems", "A deal has from 1 to " + MAX_LINES + " line items");
    }
    Money total = Money.zero(lines.get(0).unitPrice().currency());
    for (int i = 0; i < lines.size(); i++) {
      LineItem line = lines.get(i);
      if (!line.unitPrice().currency().equals(total.currency())) {
        throw new InvalidValueException(
            Money.CURRENCY_MISMATCH,
            "lineItems[" + i + "].unitPrice.currency",
            "All line items of a deal are in one currency (" + total.currency() + ")");
      }
      total = total.plus(line.total());
    }
    return new DealValue(total, lines);
  }

  public boolean hasLines() {
    return !lines.isEmpty();
  }
}
