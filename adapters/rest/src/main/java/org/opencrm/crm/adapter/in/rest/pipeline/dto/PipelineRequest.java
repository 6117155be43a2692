package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PipelineRequest",
    description =
        "A pipeline's name and all its stages in order: the open ones, then the won one, then the"
            + " lost one (3 to 20 stages).")
public record PipelineRequest(
    @Schema(required = true, examples = "Enterprise") @NotNull @Size(max = 100) String name,
    @Schema(required = true) @NotNull @Size(max = 20) List<@NotNull @Valid StageRequest> stages) {}
