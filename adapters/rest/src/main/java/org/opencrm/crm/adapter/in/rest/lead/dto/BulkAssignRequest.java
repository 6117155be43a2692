package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkAssignRequest", description = "Many leads to one rep, all or none.")
public record BulkAssignRequest(
    @Schema(required = true) @NotEmpty @Size(max = 500) List<@NotNull UUID> leadIds,
    @Schema(examples = "han.meimei", required = true) @NotBlank @Size(max = 255) String repId,
    @Schema(description = "The rep's team; defaults to the manager's own (admins name it)")
        @Size(max = 100)
        String team) {}
