package org.opencrm.crm.domain.deal;

/**
 * The product as a line item sold it: its name and unit stay as they were when the line was
 * written, whatever the catalogue says later.
 */
public record ProductSnapshot(ProductId productId, String code, String name, String unit) {

  public ProductSnapshot {
    if (productId == null || code == null || name == null || unit == null) {
      throw new IllegalArgumentException("A product snapshot names the product fully");
    }
  }
}
