package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignRequest", description = "The rep who gets the lead.")
public record AssignRequest(
    @Schema(examples = "han.meimei", required = true) @NotBlank @Size(max = 255) String repId,
    @Schema(description = "The rep's team; defaults to the manager's own (admins name it)")
        @Size(max = 100)
        String team) {}
