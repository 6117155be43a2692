package org.opencrm.crm.adapter.in.rest.product.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "ProductPatch",
    description = "A JSON merge patch of a product: the fields sent change, category null clears.")
public record ProductPatchRequest(
    @Schema(description = "Must stay unique", examples = "LIC-PRO") @Size(min = 1, max = 40)
        String code,
    @Schema(examples = "专业版许可 Professional licence") @Size(min = 1, max = 200) String name,
    @Schema(examples = "seat") @Size(min = 1, max = 20) String unit,
    @Valid MoneyDto listPrice,
    @Schema(pattern = "^[0-9]{1,3}(\\.[0-9]{1,10})?$", examples = "6") @Size(max = 20)
        String taxRate,
    @Schema(nullable = true, examples = "Software") @Size(max = 100) String category) {}
