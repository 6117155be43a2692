package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stage", description = "A stage of a pipeline.")
public record StageResponse(
    @Schema(required = true, description = "Kept through renames and reorders") UUID id,
    @Schema(required = true, examples = "Proposal") String name,
    @Schema(required = true, description = "Win probability in percent", examples = "50.00")
        String probability,
    @Schema(required = true) StageOutcomeDto outcome,
    @Schema(required = true) List<DealFieldDto> requiredToEnter,
    @Schema(required = true, description = "Counts as commit in the forecast") boolean commit) {}
