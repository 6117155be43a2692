package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;

@Schema(name = "LeadRequest", description = "A new lead: at least a person or a company.")
public record LeadRequest(
    @Schema(examples = "王小明") @Size(max = 100) String personName,
    @Schema(examples = "杭州西湖科技有限公司") @Size(max = 200) String company,
    @Schema(examples = "采购经理") @Size(max = 100) String title,
    @Schema(
            description = "Phone numbers as typed; national ones are read in the default region",
            examples = "[\"138 0013 8000\"]")
        @Size(max = 5)
        List<@NotNull @Size(max = 40) String> phones,
    @Schema(examples = "wang@example.com") @Size(max = 254) String email,
    @Schema(description = "统一社会信用代码 of the company", examples = "91330106MA2B2C3D4X")
        @Size(max = 18)
        String unifiedSocialCreditCode,
    @Schema(description = "Defaults to OTHER") SourceChannelDto sourceChannel,
    @Schema(examples = "Manufacturing") @Size(max = 100) String industry,
    SizeBandDto sizeBand,
    @Valid RegionDto region,
    @Size(max = 4000) String notes,
    @Schema(description = "Free labels; stored lower-cased, at most 20") @Size(max = 20)
        List<@NotNull @Size(max = 50) String> tags,
    @Schema(
            description =
                "Put the lead into the pool instead of keeping it (reps). Leads of integration"
                    + " clients always go to the pool.")
        Boolean toPool) {}
