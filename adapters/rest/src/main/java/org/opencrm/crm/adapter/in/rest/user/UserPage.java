package org.opencrm.crm.adapter.in.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "UserPage",
    requiredProperties = {"items"},
    description = "One keyset page of users, by id")
public record UserPage(
    List<UserResponse> items,
    @Schema(description = "Absent on the last page", examples = "li.lei") String nextCursor) {}
