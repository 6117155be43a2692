package org.opencrm.crm.domain.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/**
 * One line of an opportunity or a contract (明细): a product sold in a quantity at a unit price, less
 * a discount.
 *
 * <p>Its total is quantity × unit price × (100 % − discount), computed exactly and then rounded
 * <b>half up to the currency's smallest unit, once per line</b> (0.01 CNY): a deal's total is the
 * exact sum of its rounded lines, so what a customer sees line by line adds up to the total.
 */
public record LineItem(
    ProductSnapshot product, Quantity quantity, Money unitPrice, Percent discount) {

  public static final String NEGATIVE_PRICE = "line.negative-price";

  public LineItem {
    if (product == null || quantity == null || unitPrice == null) {
      throw new IllegalArgumentException("A line item names its product, quantity and unit price");
    }
    if (unitPrice.isNegative()) {
      throw new InvalidValueException(NEGATIVE_PRICE, "unitPrice", "A unit price is not negative");
    }
    discount = discount == null ? Percent.ZERO : discount;
  }

  public Money total() {
    BigDecimal exact =
        quantity
            .value()
            .multiply(unitPrice.amount())
            .multiply(BigDecimal.ONE.subtract(discount.fraction()));
    return new Money(
        exact.setScale(unitPrice.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP),
        unitPrice.currency());
  }

  /** What the discount takes off the undiscounted line, in money (rounded as the total is). */
  public Money discountAmount() {
    BigDecimal undiscounted = quantity.value().multiply(unitPrice.amount());
    Money full =
        new Money(
            undiscounted.setScale(
                unitPrice.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP),
            unitPrice.currency());
    return full.minus(total());
  }
}
