package org.opencrm.crm.adapter.in.rest.common.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LineItemRequest",
    description =
        "A product sold in a quantity at a unit price (the product's list price when absent), less"
            + " a discount. The product must be active.")
public record LineItemRequest(
    @Schema(required = true) @NotNull UUID productId,
    @Schema(
            required = true,
            description = "More than 0, at most four decimals",
            pattern = "^[0-9]{1,10}(\\.[0-9]{1,10})?$",
            examples = "2.5")
        @NotNull
        @Size(max = 30)
        String quantity,
    @Schema(description = "Defaults to the product's list price") @Valid MoneyDto unitPrice,
    @Schema(
            description = "Percent off, 0 to 100 with at most two decimals; default 0",
            pattern = "^[0-9]{1,3}(\\.[0-9]{1,10})?$",
            examples = "10")
        @Size(max = 20)
        String discount) {}
