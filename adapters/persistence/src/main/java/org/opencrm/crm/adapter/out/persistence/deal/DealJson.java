package org.opencrm.crm.adapter.out.persistence.deal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.deal.LineItem;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.deal.ProductSnapshot;
import org.opencrm.crm.domain.deal.Quantity;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/**
 * A deal's line items and contacts as the JSON documents stored with it. Amounts are decimal
 * strings, as in the API; a line's total is stored for reports and recomputed when read.
 */
public final class DealJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Line(
      UUID productId,
      String code,
      String name,
      String unit,
      String quantity,
      String unitPrice,
      String currency,
      String discount,
      String total) {}

  record Party(UUID contactId, String role) {}

  private DealJson() {}

  public static String lines(List<LineItem> lines) {
    return write(
        lines.stream()
            .map(
                line ->
                    new Line(
                        line.product().productId().value(),
                        line.product().code(),
                        line.product().name(),
                        line.product().unit(),
                        line.quantity().toString(),
                        line.unitPrice().amountText(),
                        line.unitPrice().currency().getCurrencyCode(),
                        line.discount().value().toPlainString(),
                        line.total().amountText()))
            .toList());
  }

  public static List<LineItem> lines(String json) {
    return read(json, new TypeReference<List<Line>>() {}).stream()
        .map(
            line ->
                new LineItem(
                    new ProductSnapshot(
                        new ProductId(line.productId()), line.code(), line.name(), line.unit()),
                    new Quantity(new BigDecimal(line.quantity())),
                    Money.of(line.unitPrice(), line.currency()),
                    new Percent(new BigDecimal(line.discount()))))
        .toList();
  }

  static String contacts(List<DealContact> contacts) {
    return write(
        contacts.stream().map(contact -> new Party(contact.contactId(), contact.role())).toList());
  }

  static List<DealContact> contacts(String json) {
    return read(json, new TypeReference<List<Party>>() {}).stream()
        .map(party -> new DealContact(party.contactId(), party.role()))
        .toList();
  }

  /** Any value as JSON (records of strings, numbers and lists). */
  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A deal's document cannot be written", e);
    }
  }

  public static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored deal document cannot be read", e);
    }
  }
}
