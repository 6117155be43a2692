package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PoolPolicyRequest",
    description = "The pool rules; an absent or null limit means no such rule.")
public record PoolPolicyRequest(
    @Schema(description = "Most leads a rep may hold", examples = "200") @Min(1) @Max(100000)
        Integer maxHeldLeads,
    @Schema(description = "Most claims per rep per day", examples = "50") @Min(1) @Max(100000)
        Integer maxClaimsPerDay,
    @Schema(
            description = "Days without a follow-up after which a held lead returns",
            examples = "30")
        @Min(1)
        @Max(100000)
        Integer followUpDeadlineDays,
    @Schema(description = "Days without conversion after which it returns", examples = "90")
        @Min(1)
        @Max(100000)
        Integer conversionDeadlineDays,
    @Schema(description = "Days a rep may not re-claim a lead that left them", examples = "7")
        @Min(1)
        @Max(100000)
        Integer reclaimCooldownDays) {}
