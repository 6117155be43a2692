package org.opencrm.crm.adapter.out.persistence.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.MoneyColumns;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.LineItem;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.deal.OpportunityDetails;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.deal.OpportunityStatus;
import org.opencrm.crm.domain.deal.PipelineId;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.deal.StageVisit;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** Between the opportunity aggregate and its row. */
final class OpportunityEntityMapper {

  private OpportunityEntityMapper() {}

  static void copy(Opportunity opportunity, OpportunityEntity entity) {
    OpportunityDetails details = opportunity.details();
    entity.setCustomerId(opportunity.customer().value());
    entity.setPipelineId(opportunity.pipeline().value());
    entity.setStageId(opportunity.stage().value());
    entity.setStatus(opportunity.status().name());
    entity.setName(details.name());
    DealValue value = details.value();
    entity.setAmount(value == null ? null : MoneyColumns.amount(value.total()));
    entity.setCurrency(value == null ? null : value.total().currency().getCurrencyCode());
    entity.setLineItems(DealJson.lines(value == null ? List.of() : value.lines()));
    entity.setExpectedCloseDate(details.expectedCloseDate());
    entity.setSource(details.source());
    entity.setNextStep(details.nextStep());
    entity.setCompetitor(details.competitor());
    entity.setContacts(DealJson.contacts(details.contacts()));
    entity.setLostReason(opportunity.lostReason());
    entity.setClosedAt(opportunity.closedAt());
    entity.setOwnerId(opportunity.owner().value());
    entity.setTeam(opportunity.team() == null ? null : opportunity.team().value());
    entity.setCreatedAt(opportunity.createdAt());
    entity.setUpdatedAt(opportunity.updatedAt());
  }

  static Opportunity toDomain(OpportunityEntity entity, List<StageVisit> visits) {
    return Opportunity.restore(
        new OpportunityId(entity.getId()),
        new CustomerId(entity.getCustomerId()),
        new PipelineId(entity.getPipelineId()),
        details(
            entity.getName(),
            entity.getAmount(),
            entity.getCurrency(),
            entity.getLineItems(),
            entity.getExpectedCloseDate(),
            entity.getSource(),
            entity.getNextStep(),
            entity.getCompetitor(),
            entity.getContacts()),
        new StageId(entity.getStageId()),
        OpportunityStatus.valueOf(entity.getStatus()),
        entity.getLostReason(),
        new UserId(entity.getOwnerId()),
        entity.getTeam() == null ? null : new TeamId(entity.getTeam()),
        visits,
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        entity.getVersion());
  }

  /** The details from their stored columns (shared by the aggregate and the read model). */
  static OpportunityDetails details(
      String name,
      BigDecimal amount,
      String currency,
      String lineItems,
      LocalDate expectedCloseDate,
      String source,
      String nextStep,
      String competitor,
      String contacts) {
    List<LineItem> lines = DealJson.lines(lineItems);
    DealValue value;
    if (!lines.isEmpty()) {
      value = DealValue.ofLines(lines);
    } else {
      value = amount == null ? null : DealValue.ofAmount(MoneyColumns.money(amount, currency));
    }
    return new OpportunityDetails(
        name, value, expectedCloseDate, source, nextStep, competitor, DealJson.contacts(contacts));
  }

  static StageVisit visit(UUID stage, Instant enteredAt, Instant leftAt) {
    return new StageVisit(new StageId(stage), enteredAt, leftAt);
  }
}
