package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LostReasonsRequest", description = "The whole list of lost reasons.")
public record LostReasonsRequest(
    @Schema(required = true, description = "1 to 50 distinct reasons, each up to 100 characters")
        @NotNull
        @Size(max = 50)
        List<@NotNull @Size(max = 100) String> reasons) {}
