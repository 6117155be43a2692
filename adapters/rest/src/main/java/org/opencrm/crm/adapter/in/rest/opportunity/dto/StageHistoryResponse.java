package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "StageHistory",
    description = "Every stage an opportunity was in, oldest first, with entry and exit times.")
public record StageHistoryResponse(@Schema(required = true) List<StageVisitResponse> items) {}
