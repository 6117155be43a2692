package org.opencrm.crm.application.product.port.in;

import java.util.UUID;
import org.opencrm.crm.application.product.ProductFilter;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.Actor;

/** Reads of the catalogue, for everyone who sells, serves or reports. */
public interface ProductQueries {

  ProductView get(Actor actor, UUID productId);

  /** By code, one keyset page at a time. */
  Page<ProductView> list(Actor actor, ProductFilter filter, PageRequest page);
}
