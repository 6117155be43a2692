package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(name = "PaymentRequest", description = "Money received against the contract (回款).")
public record PaymentRequest(
    @Schema(required = true, examples = "2026-12-03") @NotNull LocalDate receivedOn,
    @Schema(required = true, description = "More than zero, at most what is still due")
        @NotNull
        @Valid
        MoneyDto amount,
    @Schema(required = true, examples = "bank transfer") @NotNull @Size(max = 30) String method,
    @Schema(examples = "TX-20261203-0001") @Size(max = 100) String reference) {}
