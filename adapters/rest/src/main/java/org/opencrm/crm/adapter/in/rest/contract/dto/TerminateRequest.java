package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerminateRequest", description = "Why the contract ends early.")
public record TerminateRequest(
    @Schema(required = true, examples = "Customer insolvent") @NotNull @Size(max = 500)
        String reason) {}
