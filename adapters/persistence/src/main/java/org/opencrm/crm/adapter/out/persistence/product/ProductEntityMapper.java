package org.opencrm.crm.adapter.out.persistence.product;

import java.util.Currency;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.deal.ProductCode;
import org.opencrm.crm.domain.deal.ProductDetails;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/** Between the product aggregate and its row. */
final class ProductEntityMapper {

  /** numeric(19,4) in V11. */
  private static final int LIST_PRICE_SCALE = 4;

  private ProductEntityMapper() {}

  static void copy(Product product, ProductEntity entity) {
    ProductDetails details = product.details();
    entity.setCode(details.code().value());
    entity.setName(details.name());
    entity.setUnit(details.unit());
    // At the column's scale, so that an unchanged price reads as unchanged (no version bump).
    entity.setListPrice(details.listPrice().amount().setScale(LIST_PRICE_SCALE));
    entity.setCurrency(details.listPrice().currency().getCurrencyCode());
    entity.setTaxRate(details.taxRate().value());
    entity.setCategory(details.category());
    entity.setActive(product.active());
    entity.setCreatedAt(product.createdAt());
    entity.setUpdatedAt(product.updatedAt());
  }

  static Product toDomain(ProductEntity entity) {
    return Product.restore(
        new ProductId(entity.getId()),
        new ProductDetails(
            new ProductCode(entity.getCode()),
            entity.getName(),
            entity.getUnit(),
            new Money(entity.getListPrice(), Currency.getInstance(entity.getCurrency())),
            new Percent(entity.getTaxRate()),
            entity.getCategory()),
        entity.isActive(),
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        entity.getVersion() == null ? 0 : entity.getVersion());
  }
}
