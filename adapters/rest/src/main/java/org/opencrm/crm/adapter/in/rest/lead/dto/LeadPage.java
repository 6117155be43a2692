package org.opencrm.crm.adapter.in.rest.lead.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadPage", description = "One page of leads.")
public record LeadPage(
    List<LeadResponse> items,
    @Schema(description = "Pass as cursor for the next page; absent on the last page")
        String nextCursor) {}
