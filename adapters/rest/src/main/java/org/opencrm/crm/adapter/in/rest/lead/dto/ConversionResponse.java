package org.opencrm.crm.adapter.in.rest.lead.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Conversion",
    requiredProperties = {"lead", "customerId"},
    description = "The converted lead and what it became.")
public record ConversionResponse(
    LeadResponse lead,
    @Schema(description = "The new (or given) customer") UUID customerId,
    @Schema(description = "The lead's person as the customer's contact") UUID contactId,
    @Schema(nullable = true, description = "The opportunity opened, when one was asked for")
        UUID opportunityId) {}
