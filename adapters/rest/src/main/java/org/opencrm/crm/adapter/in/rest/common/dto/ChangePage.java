package org.opencrm.crm.adapter.in.rest.common.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ChangePage",
    requiredProperties = {"items"},
    description = "One page of history, newest first.")
public record ChangePage(
    List<ChangeResponse> items,
    @Schema(
            description = "Pass as cursor for the next page; absent on the last page",
            examples = "2026-12-02T08:00:00Z|6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f")
        String nextCursor) {}
