package org.opencrm.crm.adapter.in.rest.common;

import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.adapter.in.rest.common.dto.ConversionOpportunityRequest;
import org.opencrm.crm.adapter.in.rest.common.dto.DealContactDto;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemRequest;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;
import org.opencrm.crm.application.opportunity.LineDraft;
import org.opencrm.crm.application.opportunity.NewOpportunity;
import org.opencrm.crm.application.opportunity.OpportunityDraft;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.deal.Quantity;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/**
 * A deal's typed values (amounts, line items, contacts involved) as domain values, shared by the
 * slices that take deals (opportunities, lead conversion); an error names the request's field
 * ({@code lineItems[1].quantity}, {@code amount.amount}).
 */
public final class DealInputs {

  private DealInputs() {}

  /** The amount, its errors under {@code field}; null stays null. */
  public static Money money(MoneyDto money, String field) {
    if (money == null) {
      return null;
    }
    try {
      return Money.of(money.amount(), money.currency());
    } catch (InvalidValueException e) {
      throw e.at(field + "." + e.field());
    }
  }

  public static List<LineDraft> lineDrafts(List<LineItemRequest> lines) {
    if (lines == null) {
      return null;
    }
    List<LineDraft> drafts = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      LineItemRequest line = lines.get(i);
      String at = "lineItems[" + i + "]";
      Quantity quantity;
      Percent discount;
      try {
        quantity = Quantity.of(line.quantity());
      } catch (InvalidValueException e) {
        throw e.at(at + ".quantity");
      }
      try {
        discount = line.discount() == null ? null : Percent.of(line.discount());
      } catch (InvalidValueException e) {
        throw e.at(at + ".discount");
      }
      drafts.add(
          new LineDraft(
              line.productId(), quantity, money(line.unitPrice(), at + ".unitPrice"), discount));
    }
    return drafts;
  }

  public static List<DealContact> contacts(List<DealContactDto> contacts) {
    if (contacts == null) {
      return null;
    }
    List<DealContact> parties = new ArrayList<>(contacts.size());
    for (int i = 0; i < contacts.size(); i++) {
      try {
        parties.add(new DealContact(contacts.get(i).contactId(), contacts.get(i).role()));
      } catch (InvalidValueException e) {
        throw e.at("contacts[" + i + "]." + e.field());
      }
    }
    return parties;
  }

  /** The opportunity a lead's conversion opens; its errors under {@code opportunity.}. */
  public static NewOpportunity newOpportunity(ConversionOpportunityRequest request) {
    if (request == null) {
      return null;
    }
    try {
      return new NewOpportunity(
          request.pipelineId(),
          request.stageId(),
          new OpportunityDraft(
              request.name(),
              money(request.amount(), "amount"),
              lineDrafts(request.lineItems()),
              request.expectedCloseDate(),
              request.source(),
              request.nextStep(),
              request.competitor(),
              null));
    } catch (InvalidValueException e) {
      throw e.at("opportunity." + e.field());
    }
  }
}
