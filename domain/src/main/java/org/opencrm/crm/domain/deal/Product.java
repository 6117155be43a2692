package org.opencrm.crm.domain.deal;

import java.time.Instant;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.RuleViolationException;

/**
 * A product of the catalogue (产品) that opportunities and contracts sell in line items. Admins keep
 * it; an inactive product is sold in no new line item, while lines written before keep their
 * snapshot of its name and price.
 */
public final class Product {

  public static final String INACTIVE = "product.inactive";

  private final ProductId id;
  private ProductDetails details;
  private boolean active;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;

  private Product(
      ProductId id,
      ProductDetails details,
      boolean active,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = id;
    this.details = details;
    this.active = active;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  /** A new product, active. */
  public static Product create(ProductDetails details, Instant now) {
    return new Product(ProductId.newId(), details, true, now, now, 0);
  }

  /** As stored. */
  public static Product restore(
      ProductId id,
      ProductDetails details,
      boolean active,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    return new Product(id, details, active, createdAt, updatedAt, version);
  }

  /** New catalogue details; lines already written keep what they sold. */
  public void revise(ProductDetails revised, Instant now) {
    if (!revised.equals(details)) {
      details = revised;
      updatedAt = now;
    }
  }

  /** Takes the product out of new deals. */
  public void deactivate(Instant now) {
    if (active) {
      active = false;
      updatedAt = now;
    }
  }

  public void reactivate(Instant now) {
    if (!active) {
      active = true;
      updatedAt = now;
    }
  }

  /**
   * A line selling this product in a new deal: at the list price unless the deal names its own unit
   * price (in any currency the deal uses), less the discount. Refused for an inactive product.
   */
  public LineItem sell(Quantity quantity, Money unitPrice, Percent discount) {
    if (!active) {
      throw new RuleViolationException(
          INACTIVE, "The product " + details.code() + " is inactive and goes into no new deal");
    }
    return new LineItem(
        new ProductSnapshot(id, details.code().value(), details.name(), details.unit()),
        quantity,
        unitPrice != null ? unitPrice : details.listPrice(),
        discount);
  }

  public ProductId id() {
    return id;
  }

  public ProductDetails details() {
    return details;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
