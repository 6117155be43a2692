package org.opencrm.crm.adapter.in.rest.lead.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConvertRequest", description = "How to convert; an empty body creates a customer.")
public record ConvertRequest(
    @Schema(
            description =
                "Attach the lead's person as a contact of this existing customer instead of"
                    + " creating one")
        UUID existingCustomerId) {}
