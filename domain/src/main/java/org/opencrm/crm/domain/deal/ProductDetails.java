package org.opencrm.crm.domain.deal;

import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.Text;

/** What the catalogue says of a product, as admins keep it. */
public record ProductDetails(
    ProductCode code, String name, String unit, Money listPrice, Percent taxRate, String category) {

  public static final String NEGATIVE_PRICE = "product.negative-price";

  public ProductDetails {
    if (code == null) {
      throw new InvalidValueException(Text.REQUIRED, "code", "A product code is required");
    }
    name = Text.required("name", name, 200);
    unit = Text.required("unit", unit, 20);
    category = Text.optional("category", category, 100);
    if (listPrice == null) {
      throw new InvalidValueException(Text.REQUIRED, "listPrice", "A list price is required");
    }
    if (listPrice.isNegative()) {
      throw new InvalidValueException(
          NEGATIVE_PRICE, "listPrice.amount", "A list price is not negative");
    }
    taxRate = taxRate == null ? Percent.ZERO : taxRate;
  }
}
