package org.opencrm.crm.adapter.in.rest.product;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.product.ProductFilter;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** The catalogue list's filters. */
public class ProductListParams {

  @QueryParam("active")
  @Parameter(
      description = "true: only active products, false: only inactive ones; both when absent",
      schema = @Schema(enumeration = {"true", "false"}))
  String active;

  @QueryParam("category")
  @Parameter(description = "Category, exact", example = "Software")
  String category;

  @QueryParam("q")
  @Parameter(description = "Code or name contains this, any case", example = "lic")
  String q;

  /** The filter; 400 with a field error for malformed values. */
  ProductFilter filter() {
    Boolean activeOnly;
    if (active == null) {
      activeOnly = null;
    } else if (active.equals("true") || active.equals("false")) {
      activeOnly = Boolean.valueOf(active);
    } else {
      throw QueryParams.invalid("active", "must be true or false");
    }
    try {
      return new ProductFilter(activeOnly, category, q);
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }
}
