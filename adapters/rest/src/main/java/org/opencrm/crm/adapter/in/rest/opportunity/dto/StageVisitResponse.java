package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "StageVisit",
    description =
        "A stay in a stage, named as the stage is named now; time in stage is leftAt − enteredAt.")
public record StageVisitResponse(
    @Schema(required = true) UUID stageId,
    @Schema(required = true, examples = "Proposal") String stageName,
    @Schema(required = true) Instant enteredAt,
    @Schema(nullable = true, description = "Null for the stage it is in") Instant leftAt) {}
