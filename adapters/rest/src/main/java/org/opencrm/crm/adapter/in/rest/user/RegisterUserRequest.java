package org.opencrm.crm.adapter.in.rest.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RegisterUserRequest",
    description =
        "Someone who has not signed in yet. Their first token then brings name, team and roles up"
            + " to date (the identity provider is the source of those).")
public record RegisterUserRequest(
    @Schema(
            description = "The subject their tokens will carry",
            examples = "liu.yang",
            maxLength = 255)
        @NotBlank
        @Size(max = 255)
        String id,
    @Schema(examples = "刘洋 Liu Yang", maxLength = 200) @NotBlank @Size(max = 200)
        String displayName,
    @Schema(examples = "east", maxLength = 100) @Size(max = 100) String team,
    @Schema(description = "Roles") @NotNull @Size(min = 1, max = 6) List<@NotNull RoleDto> roles) {}
