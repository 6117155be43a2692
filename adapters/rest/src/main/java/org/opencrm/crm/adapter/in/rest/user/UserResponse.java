package org.opencrm.crm.adapter.in.rest.user;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "User",
    requiredProperties = {
      "id",
      "displayName",
      "roles",
      "active",
      "ownsRecords",
      "createdAt",
      "updatedAt"
    },
    description =
        "A user in the directory (用户目录): from their first sign-in, or registered by an admin in"
            + " advance. Records are handed only to active users whose roles work records.")
public record UserResponse(
    @Schema(description = "The identity provider's subject (the token's sub)", examples = "li.lei")
        String id,
    @Schema(examples = "李雷 Li Lei") String displayName,
    @Schema(description = "The team claim; absent for users of no team", examples = "east")
        String team,
    @Schema(description = "Roles, as the identity provider grants them") List<RoleDto> roles,
    @Schema(description = "Deactivated users are refused and receive no records") boolean active,
    @Schema(description = "Whether the roles let the user own customers and leads")
        boolean ownsRecords,
    @Schema(description = "Absent until the first sign-in") Instant lastSignedInAt,
    Instant createdAt,
    Instant updatedAt) {}
