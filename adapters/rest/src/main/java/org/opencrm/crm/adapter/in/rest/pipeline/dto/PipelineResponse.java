package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pipeline", description = "A sales pipeline (销售流程) and its stages in order.")
public record PipelineResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true, examples = "Standard") String name,
    @Schema(
            required = true,
            description = "Whether new opportunities go into it when they name no pipeline")
        boolean standard,
    @Schema(required = true) List<StageResponse> stages,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(
            required = true,
            description = "Optimistic-locking version, echoed in If-Match",
            examples = "0")
        long version) {}
