package org.opencrm.crm.adapter.in.rest.lead.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.DuplicateResponse;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;

@Schema(
    name = "Lead",
    requiredProperties = {
      "id",
      "phones",
      "sourceChannel",
      "region",
      "tags",
      "status",
      "score",
      "masked",
      "createdAt",
      "updatedAt",
      "version"
    },
    description = "A lead (线索). Its version is also sent as the ETag.")
public record LeadResponse(
    UUID id,
    @Schema(examples = "王小明") String personName,
    @Schema(examples = "杭州西湖科技有限公司") String company,
    @Schema(examples = "采购经理") String title,
    @Schema(
            description = "E.164; masked (+86138****8000) when masked is true",
            examples = "[\"+8613800138000\"]")
        List<String> phones,
    @Schema(
            description = "Lower-cased; masked (w***@example.com) when masked is true",
            examples = "wang@example.com")
        String email,
    @Schema(examples = "91330106MA2B2C3D4X") String unifiedSocialCreditCode,
    SourceChannelDto sourceChannel,
    @Schema(examples = "Manufacturing") String industry,
    SizeBandDto sizeBand,
    RegionDto region,
    @Schema(examples = "Asked for a quote on the website") String notes,
    @Schema(examples = "[\"expo-2026\"]") List<String> tags,
    LeadStatusDto status,
    @Schema(description = "The holding rep; absent in the pool", examples = "li.lei")
        String ownerId,
    @Schema(examples = "east") String team,
    @Schema(description = "When the current owner took the lead") Instant heldSince,
    @Schema(description = "The last follow-up since it was taken") Instant lastFollowUpAt,
    @Schema(description = "Why it was disqualified", examples = "No budget this year")
        String closeReason,
    @Schema(description = "The customer it was converted into") UUID customerId,
    @Schema(description = "Score under the scoring model in force", examples = "45") int score,
    @Schema(description = "Grade of the score; absent below the lowest grade", examples = "WARM")
        String grade,
    @Schema(
            description =
                "True when you see the lead only as a pooled lead: phones and e-mail are masked;"
                    + " claim it to see them")
        boolean masked,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "Optimistic-locking version, echoed in If-Match", examples = "0")
        long version,
    @Schema(
            description =
                "On create and change only: parties with a similar company name (no exact match)")
        List<DuplicateResponse> possibleDuplicates) {}
