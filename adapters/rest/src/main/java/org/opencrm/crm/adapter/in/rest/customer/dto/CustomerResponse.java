package org.opencrm.crm.adapter.in.rest.customer.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;

@Schema(
    name = "Customer",
    requiredProperties = {
      "id",
      "name",
      "kind",
      "region",
      "sourceChannel",
      "tags",
      "importance",
      "demandStatus",
      "dealStatus",
      "ownerId",
      "createdAt",
      "updatedAt",
      "version"
    },
    description = "A customer (客户). Its version is also sent as the ETag.")
public record CustomerResponse(
    UUID id,
    @Schema(examples = "杭州西湖科技有限公司") String name,
    CustomerKindDto kind,
    @Schema(examples = "Manufacturing") String industry,
    SizeBandDto sizeBand,
    RegionDto region,
    SourceChannelDto sourceChannel,
    @Schema(examples = "[\"vip\"]") List<String> tags,
    ImportanceDto importance,
    DemandStatusDto demandStatus,
    DealStatusDto dealStatus,
    @Schema(examples = "Met at the Hangzhou trade fair") String notes,
    @Schema(examples = "91330106MA2B2C3D4X") String unifiedSocialCreditCode,
    @Schema(description = "The owning rep's user id", examples = "li.lei") String ownerId,
    @Schema(examples = "east") String team,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "Set when archived; archived customers are visible to admins only")
        Instant archivedAt,
    @Schema(description = "Optimistic-locking version, echoed in If-Match", examples = "0")
        long version) {}
