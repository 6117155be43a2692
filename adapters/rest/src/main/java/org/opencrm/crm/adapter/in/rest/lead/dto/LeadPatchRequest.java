package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;

@Schema(
    name = "LeadPatch",
    description =
        "A JSON merge patch of a lead: absent fields stay, null clears. A change of phones, e-mail,"
            + " credit code or company is checked for duplicates.")
public record LeadPatchRequest(
    @Schema(nullable = true) @Size(max = 100) String personName,
    @Schema(nullable = true) @Size(max = 200) String company,
    @Schema(nullable = true) @Size(max = 100) String title,
    @Schema(nullable = true, description = "Replaces all phones") @Size(max = 5)
        List<@NotNull @Size(max = 40) String> phones,
    @Schema(nullable = true) @Size(max = 254) String email,
    @Schema(nullable = true) @Size(max = 18) String unifiedSocialCreditCode,
    @Schema(nullable = true) SourceChannelDto sourceChannel,
    @Schema(nullable = true) @Size(max = 100) String industry,
    @Schema(nullable = true) SizeBandDto sizeBand,
    @Schema(nullable = true) @Valid RegionDto region,
    @Schema(nullable = true) @Size(max = 4000) String notes,
    @Schema(nullable = true, description = "Replaces all tags") @Size(max = 20)
        List<@NotNull @Size(max = 50) String> tags) {}
