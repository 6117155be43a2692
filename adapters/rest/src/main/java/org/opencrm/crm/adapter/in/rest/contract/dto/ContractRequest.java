package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemRequest;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "ContractRequest",
    description =
        "A draft contract for a customer, or for the customer of an opportunity (whose name and"
            + " value it then takes unless given): an amount or line items, not both.")
public record ContractRequest(
    @Schema(description = "Required unless opportunityId is given") UUID customerId,
    @Schema(description = "The deal it closes") UUID opportunityId,
    @Schema(
            description = "Unique; drawn from the admins' pattern when absent",
            examples = "HT-202612-00042")
        @Size(max = 60)
        String number,
    @Schema(description = "Required unless opportunityId is given", examples = "ERP licences 2027")
        @Size(max = 200)
        String title,
    @Valid MoneyDto amount,
    @Size(max = 200) List<@NotNull @Valid LineItemRequest> lineItems,
    @Schema(examples = "2026-12-01") LocalDate signedOn,
    @Schema(examples = "2027-01-01") LocalDate startsOn,
    @Schema(examples = "2027-12-31") LocalDate endsOn,
    @Size(max = 20) List<@NotNull @Valid AttachmentDto> attachments,
    @Schema(description = "Default: the customer's owner") @Size(max = 255) String ownerId) {}
