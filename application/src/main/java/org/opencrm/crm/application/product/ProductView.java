package org.opencrm.crm.application.product;

import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.deal.ProductDetails;

/** A product as the catalogue shows it. */
public record ProductView(
    UUID id,
    ProductDetails details,
    boolean active,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static ProductView of(Product product) {
    return new ProductView(
        product.id().value(),
        product.details(),
        product.active(),
        product.createdAt(),
        product.updatedAt(),
        product.version());
  }
}
