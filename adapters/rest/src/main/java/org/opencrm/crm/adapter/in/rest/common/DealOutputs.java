package org.opencrm.crm.adapter.in.rest.common;

import java.util.List;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemResponse;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.LineItem;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/** A deal's values in their published shapes, shared by opportunities and contracts. */
public final class DealOutputs {

  private DealOutputs() {}

  public static MoneyDto money(Money money) {
    return money == null
        ? null
        : new MoneyDto(money.amountText(), money.currency().getCurrencyCode());
  }

  public static String percent(Percent percent) {
    return percent == null ? null : percent.value().toPlainString();
  }

  public static List<LineItemResponse> lineItems(DealValue value) {
    return value == null ? List.of() : value.lines().stream().map(DealOutputs::lineItem).toList();
  }

  public static LineItemResponse lineItem(LineItem line) {
    return new LineItemResponse(
        line.product().productId().value(),
        line.product().code(),
        line.product().name(),
        line.product().unit(),
        line.quantity().toString(),
        money(line.unitPrice()),
        percent(line.discount()),
        money(line.discountAmount()),
        money(line.total()));
  }
}
