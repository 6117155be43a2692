package org.opencrm.crm.adapter.in.rest.common.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DealContact",
    description = "A contact of the customer involved in the deal, and their part in it.")
public record DealContactDto(
    @Schema(required = true, description = "One of the customer's contacts") @NotNull
        UUID contactId,
    @Schema(nullable = true, examples = "decision maker") @Size(max = 50) String role) {}
