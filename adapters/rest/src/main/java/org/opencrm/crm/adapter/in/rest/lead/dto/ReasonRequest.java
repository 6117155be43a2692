package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest", description = "Why; kept in the lead's history.")
public record ReasonRequest(
    @Schema(examples = "Outside my region", required = true) @NotBlank @Size(max = 500)
        String reason) {}
