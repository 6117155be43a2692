package org.opencrm.crm.adapter.in.rest.common.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exact amount: a decimal string (never a JSON number) in an ISO 4217 currency. */
@Schema(
    name = "Money",
    description =
        "An exact amount: a decimal string, never a number, no finer than the currency's smallest"
            + " unit (0.01 for CNY), in an ISO 4217 currency.")
public record MoneyDto(
    @Schema(required = true, pattern = "^-?[0-9]{1,15}(\\.[0-9]{1,10})?$", examples = "1999.00")
        @NotNull
        @Size(max = 30)
        String amount,
    @Schema(required = true, pattern = "^[A-Z]{3}$", examples = "CNY") @NotNull @Size(max = 3)
        String currency) {}
