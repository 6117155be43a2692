package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReversalRequest", description = "Why a payment stops counting.")
public record ReversalRequest(
    @Schema(required = true, examples = "Bounced: insufficient funds") @NotNull @Size(max = 500)
        String reason) {}
