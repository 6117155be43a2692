package org.opencrm.crm.adapter.in.rest.customer.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;

@Schema(name = "CustomerRequest", description = "A new customer.")
public record CustomerRequest(
    @Schema(description = "Company or person name", examples = "杭州西湖科技有限公司", required = true)
        @NotBlank
        @Size(max = 200)
        String name,
    @Schema(description = "Defaults to COMPANY") CustomerKindDto kind,
    @Schema(examples = "Manufacturing") @Size(max = 100) String industry,
    SizeBandDto sizeBand,
    @Valid RegionDto region,
    @Schema(description = "Defaults to OTHER") SourceChannelDto sourceChannel,
    @Schema(
            description = "Free labels; stored lower-cased, at most 20",
            examples = "[\"vip\", \"trade-fair-2026\"]")
        @Size(max = 20)
        List<@NotNull @Size(max = 50) String> tags,
    @Schema(description = "Defaults to NORMAL") ImportanceDto importance,
    @Schema(description = "Defaults to POTENTIAL") DemandStatusDto demandStatus,
    @Size(max = 4000) String notes,
    @Schema(
            description =
                "统一社会信用代码 (companies only): 18 characters with a valid check character; unique",
            examples = "91330106MA2B2C3D4X")
        @Size(max = 18)
        String unifiedSocialCreditCode,
    @Schema(
            description =
                "The owning rep's user id; defaults to the caller. Naming another needs a manager or admin.")
        @Size(max = 255)
        String ownerId,
    @Schema(description = "The owning team; defaults to the caller's team.") @Size(max = 100)
        String team) {}
