package org.opencrm.crm.adapter.in.rest.lead.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PoolPolicy",
    requiredProperties = {"version"},
    description = "The pool rules in force (公海规则); absent limits are no rule.")
public record PoolPolicyResponse(
    Integer maxHeldLeads,
    Integer maxClaimsPerDay,
    Integer followUpDeadlineDays,
    Integer conversionDeadlineDays,
    Integer reclaimCooldownDays,
    @Schema(description = "When an admin last set it; absent for the built-in default")
        Instant updatedAt,
    @Schema(description = "Who set it", examples = "admin") String updatedBy,
    @Schema(description = "0 for the built-in default; send as If-Match", examples = "0")
        long version) {}
