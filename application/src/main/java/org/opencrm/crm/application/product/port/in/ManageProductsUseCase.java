package org.opencrm.crm.application.product.port.in;

import org.opencrm.crm.application.product.ProductView;

/** Admins keep the product catalogue (产品目录). */
public interface ManageProductsUseCase {

  /** Adds an active product; its code must be free (409 product.code-taken). */
  ProductView create(CreateProductCommand command);

  /** Revises a product's details, checking the version read. */
  ProductView update(UpdateProductCommand command);

  /** Takes a product out of new deals (lines written keep it). */
  ProductView deactivate(ChangeProductStateCommand command);

  /** Puts an inactive product back into the catalogue. */
  ProductView reactivate(ChangeProductStateCommand command);
}
