package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemRequest;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "ContractPatch",
    description =
        "A JSON merge patch: details while the contract is a draft; ownerId and team hand it over"
            + " in any state (managers within their team, admins anywhere).")
public record ContractPatchRequest(
    @Size(max = 200) String title,
    @Valid MoneyDto amount,
    @Size(max = 200) List<@NotNull @Valid LineItemRequest> lineItems,
    @Schema(nullable = true) LocalDate signedOn,
    @Schema(nullable = true) LocalDate startsOn,
    @Schema(nullable = true) LocalDate endsOn,
    @Schema(nullable = true) @Size(max = 20) List<@NotNull @Valid AttachmentDto> attachments,
    @Size(max = 255) String ownerId,
    @Schema(nullable = true) @Size(max = 100) String team) {}
