package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoseRequest", description = "Why the deal was lost.")
public record LoseRequest(
    @Schema(
            required = true,
            description = "One of the lost reasons (GET /api/v1/lost-reasons), exactly",
            examples = "Price")
        @NotNull
        @Size(max = 100)
        String reason) {}
