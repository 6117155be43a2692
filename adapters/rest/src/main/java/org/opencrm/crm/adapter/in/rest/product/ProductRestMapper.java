package org.opencrm.crm.adapter.in.rest.product;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
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
@Mapper(config = RestMapperConfig.class)
public interface ProductRestMapper {

  @Mapping(target = "code", source = "details.code")
  @Mapping(target = "name", source = "details.name")
  @Mapping(target = "unit", source = "details.unit")
  @Mapping(target = "listPrice", source = "details.listPrice")
  @Mapping(target = "taxRate", source = "details.taxRate")
  @Mapping(target = "category", source = "details.category")
  ProductResponse toResponse(ProductView product);

  default ProductDetails toDetails(ProductRequest request) {
    return new ProductDetails(
        code(request.code()),
        request.name(),
        request.unit(),
        listPrice(request.listPrice()),
        request.taxRate() == null ? null : taxRate(request.taxRate()),
        request.category());
  }

  default ProductCode code(String code) {
    return new ProductCode(code);
  }

  default String codeText(ProductCode code) {
    return code.value();
  }

  default Money listPrice(MoneyDto money) {
    try {
      return Money.of(money.amount(), money.currency());
    } catch (InvalidValueException e) {
      throw e.at("listPrice." + e.field());
    }
  }

  default MoneyDto money(Money money) {
    return new MoneyDto(money.amountText(), money.currency().getCurrencyCode());
  }

  default Percent taxRate(String rate) {
    try {
      return Percent.of(rate);
    } catch (InvalidValueException e) {
      throw e.at("taxRate");
    }
  }

  default String percentText(Percent percent) {
    return percent.value().toPlainString();
  }
}
