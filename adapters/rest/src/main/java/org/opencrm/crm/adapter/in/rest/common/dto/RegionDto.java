package org.opencrm.crm.adapter.in.rest.common.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "Province (省) and city (市).")
public record RegionDto(
    @Schema(examples = "浙江") @Size(max = 50) String province,
    @Schema(examples = "杭州") @Size(max = 50) String city) {}
