package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.DealContactDto;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemRequest;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "OpportunityRequest",
    description =
        "A new opportunity for a customer: an amount or line items (not both; neither while the"
            + " value is unknown).")
public record OpportunityRequest(
    @Schema(required = true, description = "A customer the caller sees") @NotNull UUID customerId,
    @Schema(required = true, examples = "ERP rollout 2027") @NotNull @Size(max = 200) String name,
    @Schema(description = "Default: the standard pipeline") UUID pipelineId,
    @Schema(
            description =
                "An open stage of the pipeline (default: its first); entering it needs what it"
                    + " requires")
        UUID stageId,
    @Schema(description = "The deal's value without line items") @Valid MoneyDto amount,
    @Schema(description = "1 to 200 lines in one currency; the amount is their total")
        @Size(max = 200)
        List<@NotNull @Valid LineItemRequest> lineItems,
    @Schema(examples = "2027-03-31") LocalDate expectedCloseDate,
    @Schema(examples = "trade fair") @Size(max = 50) String source,
    @Schema(examples = "Demo for the IT director") @Size(max = 500) String nextStep,
    @Schema(examples = "Kingdee") @Size(max = 200) String competitor,
    @Schema(description = "Contacts of the customer involved, each once") @Size(max = 50)
        List<@NotNull @Valid DealContactDto> contacts,
    @Schema(
            description =
                "Default: the customer's owner. Naming another rep is for managers (their team)"
                    + " and admins")
        @Size(max = 255)
        String ownerId) {}
