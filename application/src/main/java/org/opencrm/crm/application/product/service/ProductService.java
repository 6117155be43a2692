package org.opencrm.crm.application.product.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.application.product.port.in.ChangeProductStateCommand;
import org.opencrm.crm.application.product.port.in.CreateProductCommand;
import org.opencrm.crm.application.product.port.in.ManageProductsUseCase;
import org.opencrm.crm.application.product.port.in.ProductPatch;
import org.opencrm.crm.application.product.port.in.UpdateProductCommand;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.deal.ProductDetails;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.deal.ProductPermissions;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

@ApplicationScoped
@Transactional
public class ProductService implements ManageProductsUseCase {

  private final ProductRepository products;
  private final AuditedProductSaves saves;
  private final Clock clock;

  public ProductService(ProductRepository products, AuditedProductSaves saves, Clock clock) {
    this.products = products;
    this.saves = saves;
    this.clock = clock;
  }

  @Override
  public ProductView create(CreateProductCommand command) {
    ProductPermissions.checkManage(command.actor());
    Product product = Product.create(command.details(), clock.instant());
    return ProductView.of(saves.save(command.actor(), product));
  }

  @Override
  public ProductView update(UpdateProductCommand command) {
    Actor actor = command.actor();
    ProductPermissions.checkManage(actor);
    Product product = load(command.productId());
    product.checkVersion(command.expectedVersion());
    product.revise(merge(product.details(), command.patch()), clock.instant());
    return ProductView.of(saves.save(actor, product));
  }

  @Override
  public ProductView deactivate(ChangeProductStateCommand command) {
    ProductPermissions.checkManage(command.actor());
    Product product = load(command.productId());
    checkVersionIfSent(product, command.expectedVersion());
    product.deactivate(clock.instant());
    return ProductView.of(saves.save(command.actor(), product));
  }

  @Override
  public ProductView reactivate(ChangeProductStateCommand command) {
    ProductPermissions.checkManage(command.actor());
    Product product = load(command.productId());
    checkVersionIfSent(product, command.expectedVersion());
    product.reactivate(clock.instant());
    return ProductView.of(saves.save(command.actor(), product));
  }

  private static void checkVersionIfSent(Product product, Long expectedVersion) {
    if (expectedVersion != null) {
      product.checkVersion(expectedVersion);
    }
  }

  private Product load(UUID productId) {
    return products
        .find(new ProductId(productId))
        .orElseThrow(() -> new RecordNotFoundException("product", productId));
  }

  private static ProductDetails merge(ProductDetails current, ProductPatch patch) {
    return new ProductDetails(
        patch.code().orElse(current.code()),
        patch.name().orElse(current.name()),
        patch.unit().orElse(current.unit()),
        patch.listPrice().orElse(current.listPrice()),
        patch.taxRate().orElse(current.taxRate()),
        patch.category().orElse(current.category()));
  }
}
