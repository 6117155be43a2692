package org.opencrm.crm.application.product.port.out;

import org.opencrm.crm.application.product.ProductFilter;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;

/** The catalogue's list, by code. */
public interface ProductSearch {

  Page<ProductView> list(ProductFilter filter, PageRequest page);
}
