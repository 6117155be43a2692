package org.opencrm.crm.adapter.in.rest.lead.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PoolStatus",
    requiredProperties = {"leadId", "status", "explanation"},
    description = "Which rule of the pool policy will return the lead to the pool, when and why.")
public record PoolStatusResponse(
    UUID leadId,
    LeadStatusDto status,
    @Schema(
            description = "NO_FOLLOW_UP or NO_CONVERSION; absent when no rule will return it",
            enumeration = {"NO_FOLLOW_UP", "NO_CONVERSION"})
        String rule,
    @Schema(description = "When it returns, unless followed up or converted before")
        Instant returnsAt,
    @Schema(description = "When its owner is warned (a day before)") Instant warnsAt,
    @Schema(examples = "No follow-up within 30 days of taking the lead or of its last follow-up")
        String explanation) {}
