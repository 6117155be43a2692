package org.opencrm.crm.adapter.in.rest.product.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(name = "Product", description = "A product of the catalogue.")
public record ProductResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true, examples = "LIC-STD") String code,
    @Schema(required = true, examples = "标准版许可 Standard licence") String name,
    @Schema(required = true, examples = "seat") String unit,
    @Schema(required = true) MoneyDto listPrice,
    @Schema(required = true, description = "Percent with two decimals", examples = "13.00")
        String taxRate,
    @Schema(nullable = true, examples = "Software") String category,
    @Schema(required = true, description = "Inactive products go into no new deal") boolean active,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(
            required = true,
            description = "Optimistic-locking version, echoed in If-Match",
            examples = "0")
        long version) {}
