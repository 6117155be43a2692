package org.opencrm.crm.adapter.in.rest.common.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConversionOpportunityRequest",
    description =
        "The opportunity a lead's conversion opens for its customer, held by the customer's owner,"
            + " with the lead's person involved: an amount or line items (not both, or neither).")
public record ConversionOpportunityRequest(
    @Schema(required = true, examples = "ERP rollout 2027") @NotNull @Size(max = 200) String name,
    @Schema(description = "Default: the standard pipeline") UUID pipelineId,
    @Schema(description = "An open stage of the pipeline (default: its first)") UUID stageId,
    @Valid MoneyDto amount,
    @Size(max = 200) List<@NotNull @Valid LineItemRequest> lineItems,
    @Schema(examples = "2027-03-31") LocalDate expectedCloseDate,
    @Size(max = 50) String source,
    @Size(max = 500) String nextStep,
    @Size(max = 200) String competitor) {}
