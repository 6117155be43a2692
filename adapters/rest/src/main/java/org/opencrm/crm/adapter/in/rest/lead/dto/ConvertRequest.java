package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.Valid;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.ConversionOpportunityRequest;

@Schema(name = "ConvertRequest", description = "How to convert; an empty body creates a customer.")
public record ConvertRequest(
    @Schema(
            description =
                "Attach the lead's person as a contact of this existing customer instead of"
                    + " creating one")
        UUID existingCustomerId,
    @Schema(description = "Open an opportunity for the customer too, in the same transaction")
        @Valid
        ConversionOpportunityRequest opportunity) {}
