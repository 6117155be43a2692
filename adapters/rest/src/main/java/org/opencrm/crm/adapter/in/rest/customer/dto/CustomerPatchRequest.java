package org.opencrm.crm.adapter.in.rest.customer.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;

@Schema(
    name = "CustomerPatch",
    description =
        "A merge patch (RFC 7396): fields left out stay as they are, fields set to null are cleared"
            + " (name cannot be cleared). Changing ownerId or team needs a manager or admin.")
public record CustomerPatchRequest(
    @Schema(examples = "杭州西湖科技集团有限公司") @Size(min = 1, max = 200) String name,
    CustomerKindDto kind,
    @Schema(nullable = true) @Size(max = 100) String industry,
    @Schema(nullable = true) SizeBandDto sizeBand,
    @Schema(
            nullable = true,
            description = "Merged too: {\"region\":{\"city\":\"宁波\"}} keeps the province")
        @Valid
        RegionPatch region,
    SourceChannelDto sourceChannel,
    @Schema(nullable = true, description = "Replaces all tags") @Size(max = 20)
        List<@NotNull @Size(max = 50) String> tags,
    ImportanceDto importance,
    DemandStatusDto demandStatus,
    @Schema(nullable = true) @Size(max = 4000) String notes,
    @Schema(nullable = true, description = "统一社会信用代码; must stay unique") @Size(max = 18)
        String unifiedSocialCreditCode,
    @Schema(description = "New owning rep") @Size(max = 255) String ownerId,
    @Schema(nullable = true, description = "New owning team") @Size(max = 100) String team) {

  @Schema(name = "RegionPatch", description = "Province and city; null clears one.")
  public record RegionPatch(
      @Schema(nullable = true, examples = "浙江") @Size(max = 50) String province,
      @Schema(nullable = true, examples = "宁波") @Size(max = 50) String city) {}
}
