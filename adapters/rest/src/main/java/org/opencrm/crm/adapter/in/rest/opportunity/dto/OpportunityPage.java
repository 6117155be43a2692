package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityPage", description = "One keyset page of opportunities.")
public record OpportunityPage(
    @Schema(required = true) List<OpportunityResponse> items,
    @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last")
        String nextCursor) {}
