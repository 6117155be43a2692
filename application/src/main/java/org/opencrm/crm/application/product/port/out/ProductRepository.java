package org.opencrm.crm.application.product.port.out;

import java.util.Optional;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.deal.ProductId;

/** The catalogue's products as aggregates. */
public interface ProductRepository {

  Optional<Product> find(ProductId id);

  /**
   * Inserts a product never stored before and returns it as stored. Throws {@code
   * DuplicateDetectedException} (product.code-taken) when its code is taken.
   */
  Product add(Product product);

  /**
   * Updates the product, checking the stored version; returns it as stored. Throws {@code
   * VersionConflictException} on a concurrent change and {@code DuplicateDetectedException} when
   * its new code is taken.
   */
  Product save(Product product);
}
