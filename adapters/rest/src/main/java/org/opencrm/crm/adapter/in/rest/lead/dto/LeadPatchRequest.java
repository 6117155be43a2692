package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.customer.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.SourceChannelDto;

@Schema(
    name = "LeadPatch",
    description =
        "A JSON merge patch of a lead: absent fields stay, null clears. A change of phones, e-mail,"
            + " credit code or company is checked for duplicates.")
public record LeadPatchRequest(
    @Size(max = 100) String personName,
    @Size(max = 200) String company,
    @Size(max = 100) String title,
    @Size(max = 5) List<@NotNull @Size(max = 40) String> phones,
    @Size(max = 254) String email,
    @Size(max = 18) String unifiedSocialCreditCode,
    SourceChannelDto source,
    @Size(max = 100) String industry,
    SizeBandDto sizeBand,
    @Valid RegionDto region,
    @Size(max = 4000) String notes,
    @Size(max = 20) List<@NotNull @Size(max = 50) String> tags) {}
