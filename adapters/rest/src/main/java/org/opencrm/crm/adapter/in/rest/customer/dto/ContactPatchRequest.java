package org.opencrm.crm.adapter.in.rest.customer.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ContactPatch",
    description =
        "A merge patch (RFC 7396): fields left out stay as they are, fields set to null are cleared"
            + " (name cannot be cleared).")
public record ContactPatchRequest(
    @Schema(examples = "王芳") @Size(min = 1, max = 100) String name,
    @Schema(nullable = true, examples = "采购总监") @Size(max = 100) String title,
    @Schema(nullable = true, description = "Replaces all phones; up to 5") @Size(max = 5)
        List<@NotNull @Size(max = 40) String> phones,
    @Schema(nullable = true) @Size(max = 254) String email,
    @Schema(description = "Making this contact primary demotes the current one") Boolean primary,
    Boolean marketingConsent) {}
