package org.opencrm.crm.adapter.in.rest.opportunity;

import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.ConversionOpportunityRequest;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.DealContactDto;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.LineItemRequest;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.LineItemResponse;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityRequest;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityResponse;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.StageVisitResponse;
import org.opencrm.crm.application.opportunity.LineDraft;
import org.opencrm.crm.application.opportunity.NewOpportunity;
import org.opencrm.crm.application.opportunity.OpportunityDraft;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.StageVisitView;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.LineItem;
import org.opencrm.crm.domain.deal.Quantity;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/**
 * Between the opportunities' JSON and the application; a value's error names the request's field
 * ({@code lineItems[1].quantity}, {@code amount.amount}).
 */
@Mapper(config = RestMapperConfig.class)
public interface OpportunityRestMapper {

  @Mapping(target = "name", source = "details.name")
  @Mapping(target = "amount", source = "details.value")
  @Mapping(target = "lineItems", source = "details.value")
  @Mapping(target = "expectedCloseDate", source = "details.expectedCloseDate")
  @Mapping(target = "source", source = "details.source")
  @Mapping(target = "nextStep", source = "details.nextStep")
  @Mapping(target = "competitor", source = "details.competitor")
  @Mapping(target = "contacts", source = "details.contacts")
  OpportunityResponse toResponse(OpportunityView opportunity);

  StageVisitResponse toResponse(StageVisitView visit);

  DealContactDto toDto(DealContact contact);

  default MoneyDto amount(DealValue value) {
    return value == null ? null : money(value.total());
  }

  default List<LineItemResponse> lineItems(DealValue value) {
    return value == null ? List.of() : value.lines().stream().map(this::toResponse).toList();
  }

  default LineItemResponse toResponse(LineItem line) {
    return new LineItemResponse(
        line.product().productId().value(),
        line.product().code(),
        line.product().name(),
        line.product().unit(),
        line.quantity().toString(),
        money(line.unitPrice()),
        percentText(line.discount()),
        money(line.discountAmount()),
        money(line.total()));
  }

  default MoneyDto money(Money money) {
    return money == null
        ? null
        : new MoneyDto(money.amountText(), money.currency().getCurrencyCode());
  }

  default String percentText(Percent percent) {
    return percent.value().toPlainString();
  }

  default OpportunityDraft toDraft(OpportunityRequest request) {
    return new OpportunityDraft(
        request.name(),
        money(request.amount(), "amount"),
        lineDrafts(request.lineItems()),
        request.expectedCloseDate(),
        request.source(),
        request.nextStep(),
        request.competitor(),
        contacts(request.contacts()));
  }

  /** The opportunity a conversion opens; its errors under {@code opportunity.}. */
  default NewOpportunity toNewOpportunity(ConversionOpportunityRequest request) {
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

  /** The amount, its errors under {@code field}; null stays null. */
  default Money money(MoneyDto money, String field) {
    if (money == null) {
      return null;
    }
    try {
      return Money.of(money.amount(), money.currency());
    } catch (InvalidValueException e) {
      throw e.at(field + "." + e.field());
    }
  }

  default List<LineDraft> lineDrafts(List<LineItemRequest> lines) {
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

  default List<DealContact> contacts(List<DealContactDto> contacts) {
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
}
