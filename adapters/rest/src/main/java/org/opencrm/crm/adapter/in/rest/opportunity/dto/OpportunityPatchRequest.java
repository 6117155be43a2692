package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.DealContactDto;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemRequest;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "OpportunityPatch",
    description =
        "A JSON merge patch: absent fields stay, null clears. Setting amount drops the line items;"
            + " setting lineItems replaces the amount with their total. ownerId and team hand the"
            + " deal over (managers within their team, admins anywhere).")
public record OpportunityPatchRequest(
    @Schema(examples = "ERP rollout 2027") @Size(max = 200) String name,
    @Schema(nullable = true) @Valid MoneyDto amount,
    @Schema(nullable = true) @Size(max = 200) List<@NotNull @Valid LineItemRequest> lineItems,
    @Schema(nullable = true, examples = "2027-03-31") LocalDate expectedCloseDate,
    @Schema(nullable = true) @Size(max = 50) String source,
    @Schema(nullable = true) @Size(max = 500) String nextStep,
    @Schema(nullable = true) @Size(max = 200) String competitor,
    @Schema(nullable = true) @Size(max = 50) List<@NotNull @Valid DealContactDto> contacts,
    @Schema(examples = "han.meimei") @Size(max = 255) String ownerId,
    @Schema(nullable = true, examples = "east") @Size(max = 100) String team) {}
