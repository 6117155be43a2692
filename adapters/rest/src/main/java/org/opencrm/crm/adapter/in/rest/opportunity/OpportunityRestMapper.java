package org.opencrm.crm.adapter.in.rest.opportunity;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.DealInputs;
import org.opencrm.crm.adapter.in.rest.common.DealOutputs;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.adapter.in.rest.common.dto.DealContactDto;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemResponse;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.ForecastLineResponse;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityRequest;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityResponse;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.StageVisitResponse;
import org.opencrm.crm.application.opportunity.ForecastLine;
import org.opencrm.crm.application.opportunity.OpportunityDraft;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.StageVisitView;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.deal.DealValue;
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

  ForecastLineResponse toResponse(ForecastLine line);

  default MoneyDto amount(DealValue value) {
    return value == null ? null : money(value.total());
  }

  default List<LineItemResponse> lineItems(DealValue value) {
    return DealOutputs.lineItems(value);
  }

  default MoneyDto money(Money money) {
    return DealOutputs.money(money);
  }

  default String percentText(Percent percent) {
    return DealOutputs.percent(percent);
  }

  default OpportunityDraft toDraft(OpportunityRequest request) {
    return new OpportunityDraft(
        request.name(),
        DealInputs.money(request.amount(), "amount"),
        DealInputs.lineDrafts(request.lineItems()),
        request.expectedCloseDate(),
        request.source(),
        request.nextStep(),
        request.competitor(),
        DealInputs.contacts(request.contacts()));
  }
}
