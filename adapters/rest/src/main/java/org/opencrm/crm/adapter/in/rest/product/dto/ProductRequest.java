package org.opencrm.crm.adapter.in.rest.product.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(name = "ProductRequest", description = "A product for the catalogue.")
public record ProductRequest(
    @Schema(
            required = true,
            description = "Unique; letters, digits, '.', '-' and '_', kept in upper case",
            examples = "LIC-STD")
        @NotNull
        @Size(max = 40)
        String code,
    @Schema(required = true, examples = "标准版许可 Standard licence") @NotNull @Size(max = 200)
        String name,
    @Schema(required = true, description = "What one unit is", examples = "seat")
        @NotNull
        @Size(max = 20)
        String unit,
    @Schema(required = true, description = "Not negative") @NotNull @Valid MoneyDto listPrice,
    @Schema(
            description = "Percent, 0 to 100 with at most two decimals; defaults to 0",
            pattern = "^[0-9]{1,3}(\\.[0-9]{1,10})?$",
            examples = "13")
        @Size(max = 20)
        String taxRate,
    @Schema(examples = "Software") @Size(max = 100) String category) {}
