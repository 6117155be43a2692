package org.opencrm.crm.adapter.in.rest.customer.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactRequest", description = "A new contact person (联系人) at the customer.")
public record ContactRequest(
    @Schema(examples = "王芳", required = true) @NotBlank @Size(max = 100) String name,
    @Schema(examples = "采购经理") @Size(max = 100) String title,
    @Schema(
            description =
                "Up to 5; national numbers are read in the configured default region (CN) and stored in E.164",
            examples = "[\"138 0013 8000\"]")
        @Size(max = 5)
        List<@NotNull @Size(max = 40) String> phones,
    @Schema(description = "Stored lower-cased", examples = "wang.fang@example.com") @Size(max = 254)
        String email,
    @Schema(description = "The customer's main contact; at most one. The first contact is primary.")
        Boolean primary,
    @Schema(description = "Agreed to receive marketing") Boolean marketingConsent) {}
