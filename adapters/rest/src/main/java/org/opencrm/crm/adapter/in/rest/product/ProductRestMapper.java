package org.opencrm.crm.adapter.in.rest.product;

import jakarta.enterprise.context.ApplicationScoped;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;
import org.opencrm.crm.adapter.in.rest.product.dto.ProductRequest;
import org.opencrm.crm.adapter.in.rest.product.dto.ProductResponse;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.domain.deal.ProductCode;
import org.opencrm.crm.domain.deal.ProductDetails;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/**
 * Between the catalogue's JSON and its domain values; a value's error names the request's field
 * ({@code listPrice.amount}, {@code taxRate}).
 */
@ApplicationScoped
class ProductRestMapper {

  ProductDetails toDetails(ProductRequest request) {
    return new ProductDetails(
        code(request.code()),
        request.name(),
        request.unit(),
        listPrice(request.listPrice()),
        request.taxRate() == null ? null : taxRate(request.taxRate()),
        request.category());
  }

  ProductCode code(String code) {
    return new ProductCode(code);
  }

  Money listPrice(MoneyDto money) {
    try {
      return Money.of(money.amount(), money.currency());
    } catch (InvalidValueException e) {
      throw e.at("listPrice." + e.field());
    }
  }

  Percent taxRate(String rate) {
    try {
      return Percent.of(rate);
    } catch (InvalidValueException e) {
      throw e.at("taxRate");
    }
  }

  ProductResponse toResponse(ProductView product) {
    ProductDetails details = product.details();
    return new ProductResponse(
        product.id(),
        details.code().value(),
        details.name(),
        details.unit(),
        new MoneyDto(
            details.listPrice().amountText(), details.listPrice().currency().getCurrencyCode()),
        details.taxRate().value().toPlainString(),
        details.category(),
        product.active(),
        product.createdAt(),
        product.updatedAt(),
        product.version());
  }
}
