package org.opencrm.crm.domain.deal;

import static org.opencrm.crm.domain.shared.history.AuditStates.put;

import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.event.EventSource;
import org.opencrm.crm.domain.shared.event.EventTrail;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * A product of the catalogue (产品) that opportunities and contracts sell in line items. Admins keep
 * it; an inactive product is sold in no new line item, while lines written before keep their
 * snapshot of its name and price.
 */
public final class Product implements EventSource {

  public static final String INACTIVE = "product.inactive";

  private final ProductId id;
  private ProductDetails details;
  private boolean active;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;
  private final EventTrail trail = new EventTrail(field -> false);

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
    Product product = new Product(ProductId.newId(), details, true, now, now, 0);
    product.trail.record(
        product.trail.beginCreation(),
        product,
        changes -> new ProductEvent.Created(product.id, now, changes));
    return product;
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

  /** Rejects a change made against a version the caller read before someone else's change. */
  public void checkVersion(long expected) {
    if (expected != version) {
      throw new VersionConflictException("product", id, expected, version);
    }
  }

  /** New catalogue details; lines already written keep what they sold. */
  public void revise(ProductDetails revised, Instant now) {
    if (!revised.equals(details)) {
      var before = trail.begin(this);
      details = revised;
      updatedAt = now;
      trail.record(before, this, changes -> new ProductEvent.Updated(id, now, changes));
    }
  }

  /** Takes the product out of new deals. */
  public void deactivate(Instant now) {
    if (active) {
      var before = trail.begin(this);
      active = false;
      updatedAt = now;
      trail.record(before, this, changes -> new ProductEvent.Deactivated(id, now, changes));
    }
  }

  public void reactivate(Instant now) {
    if (!active) {
      var before = trail.begin(this);
      active = true;
      updatedAt = now;
      trail.record(before, this, changes -> new ProductEvent.Reactivated(id, now, changes));
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

  @Override
  public RecordedChanges takeRecordedChanges() {
    return trail.take();
  }

  @Override
  public SortedMap<String, String> auditState() {
    SortedMap<String, String> state = new TreeMap<>();
    put(state, "code", details.code());
    put(state, "name", details.name());
    put(state, "unit", details.unit());
    put(state, "listPrice", details.listPrice());
    put(state, "taxRate", details.taxRate().value().toPlainString());
    put(state, "category", details.category());
    put(state, "active", active);
    return state;
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
