package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "StageRequest",
    description =
        "A stage of a pipeline: with the id of a stage the pipeline keeps (renamed, moved, changed),"
            + " without one for a new stage.")
public record StageRequest(
    @Schema(description = "Absent for a new stage") UUID id,
    @Schema(required = true, examples = "Proposal") @NotNull @Size(max = 50) String name,
    @Schema(
            required = true,
            description = "Win probability in percent, 0 to 100 with at most two decimals",
            pattern = "^[0-9]{1,3}(\\.[0-9]{1,10})?$",
            examples = "50")
        @NotNull
        @Size(max = 20)
        String probability,
    @Schema(required = true) @NotNull StageOutcomeDto outcome,
    @Schema(description = "What an opportunity must have to enter the stage") @Size(max = 5)
        List<@NotNull DealFieldDto> requiredToEnter,
    @Schema(description = "Counts as commit in the forecast (open stages only); default false")
        Boolean commit) {}
