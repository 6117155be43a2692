package org.opencrm.crm.application.product.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.opencrm.crm.application.product.ProductFilter;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.application.product.port.in.ProductQueries;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.application.product.port.out.ProductSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.deal.ProductPermissions;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

@ApplicationScoped
@Transactional
public class ProductQueryService implements ProductQueries {

  private final ProductRepository products;
  private final ProductSearch search;

  public ProductQueryService(ProductRepository products, ProductSearch search) {
    this.products = products;
    this.search = search;
  }

  @Override
  public ProductView get(Actor actor, UUID productId) {
    ProductPermissions.checkRead(actor);
    return products
        .find(new ProductId(productId))
        .map(ProductView::of)
        .orElseThrow(() -> new RecordNotFoundException("product", productId));
  }

  @Override
  public Page<ProductView> list(Actor actor, ProductFilter filter, PageRequest page) {
    ProductPermissions.checkRead(actor);
    return search.list(filter, page);
  }
}
