package org.opencrm.crm.application.product.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/** The one way a product is saved: with its history entry and its events, in one transaction. */
@ApplicationScoped
public class AuditedProductSaves {

  private final ProductRepository products;
  private final ChangePublisher publisher;

  public AuditedProductSaves(ProductRepository products, ChangePublisher publisher) {
    this.products = products;
    this.publisher = publisher;
  }

  public Product save(Actor actor, Product product) {
    RecordedChanges recorded = product.takeRecordedChanges();
    if (recorded.isEmpty()) {
      // Every field of a product is audited: no event, no change, nothing to write.
      return product;
    }
    Product saved = recorded.creation() ? products.add(product) : products.save(product);
    publisher.publish(actor, recorded, saved, saved.version(), null);
    return saved;
  }
}
