package org.opencrm.crm.adapter.in.rest.common.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LineItem",
    description =
        "A line as sold: the product's code, name and unit as they were then. total = quantity ×"
            + " unitPrice × (100 % − discount), rounded half up to the currency's smallest unit"
            + " once per line; the deal's amount is the sum of its line totals.")
public record LineItemResponse(
    @Schema(required = true) UUID productId,
    @Schema(required = true, examples = "LIC-STD") String code,
    @Schema(required = true, examples = "标准版许可 Standard licence") String name,
    @Schema(required = true, examples = "seat") String unit,
    @Schema(required = true, examples = "2.5") String quantity,
    @Schema(required = true) MoneyDto unitPrice,
    @Schema(required = true, description = "Percent off", examples = "10.00") String discount,
    @Schema(required = true, description = "What the discount takes off") MoneyDto discountAmount,
    @Schema(required = true) MoneyDto total) {}
