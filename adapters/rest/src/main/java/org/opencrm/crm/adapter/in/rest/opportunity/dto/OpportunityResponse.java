package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.DealContactDto;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemResponse;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(name = "Opportunity", description = "An opportunity (商机) in a stage of a pipeline.")
public record OpportunityResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID customerId,
    @Schema(required = true, examples = "杭州西湖科技有限公司") String customerName,
    @Schema(required = true, examples = "ERP rollout 2027") String name,
    @Schema(required = true) UUID pipelineId,
    @Schema(required = true) UUID stageId,
    @Schema(required = true, examples = "Proposal") String stageName,
    @Schema(
            required = true,
            description = "The stage's win probability, percent",
            examples = "50.00")
        String probability,
    @Schema(required = true) OpportunityStatusDto status,
    @Schema(nullable = true, description = "Null while the value is unknown") MoneyDto amount,
    @Schema(
            nullable = true,
            description = "amount × probability, half up to the currency's smallest unit")
        MoneyDto weightedAmount,
    @Schema(required = true, description = "Empty for a plain amount")
        List<LineItemResponse> lineItems,
    @Schema(nullable = true, examples = "2027-03-31") LocalDate expectedCloseDate,
    @Schema(nullable = true, examples = "trade fair") String source,
    @Schema(nullable = true) String nextStep,
    @Schema(nullable = true) String competitor,
    @Schema(required = true) List<DealContactDto> contacts,
    @Schema(nullable = true, description = "Why it was lost") String lostReason,
    @Schema(nullable = true, description = "When it was won or lost") Instant closedAt,
    @Schema(required = true, examples = "li.lei") String ownerId,
    @Schema(nullable = true, examples = "east") String team,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(
            required = true,
            description = "Optimistic-locking version, echoed in If-Match",
            examples = "0")
        long version) {}
