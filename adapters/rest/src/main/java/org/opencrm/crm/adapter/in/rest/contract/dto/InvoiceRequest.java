package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(name = "InvoiceRequest", description = "An invoice issued against the contract (开票).")
public record InvoiceRequest(
    @Schema(required = true, description = "Unique", examples = "FP-2026-000123")
        @NotNull
        @Size(max = 50)
        String number,
    @Schema(required = true, examples = "2026-12-03") @NotNull LocalDate issuedOn,
    @Schema(required = true, description = "With the others, at most the contract amount")
        @NotNull
        @Valid
        MoneyDto amount,
    @Schema(required = true) @NotNull InvoiceTypeDto type) {}
