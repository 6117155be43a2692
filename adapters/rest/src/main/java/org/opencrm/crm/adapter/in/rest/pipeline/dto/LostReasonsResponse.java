package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LostReasons",
    description = "The reasons an opportunity may be lost for (输单原因); a loss names one exactly.")
public record LostReasonsResponse(
    @Schema(required = true, examples = "[\"Price\",\"Competitor chosen\",\"No budget\"]")
        List<String> reasons,
    @Schema(required = true, description = "0 while the built-in list is in force") long version,
    @Schema(nullable = true) Instant updatedAt,
    @Schema(nullable = true) String updatedBy) {}
