package org.opencrm.crm.adapter.in.rest.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.domain.shared.Role;

/** A role as tokens carry it (lower case). */
@Schema(name = "Role", description = "A role as the identity provider grants it")
public enum RoleDto {
  @JsonProperty("admin")
  ADMIN,
  @JsonProperty("manager")
  MANAGER,
  @JsonProperty("sales")
  SALES,
  @JsonProperty("service")
  SERVICE,
  @JsonProperty("analyst")
  ANALYST,
  @JsonProperty("integration")
  INTEGRATION,
  @JsonProperty("events-reader")
  EVENTS_READER;

  Role toDomain() {
    return Role.valueOf(name());
  }

  static RoleDto of(Role role) {
    return valueOf(role.name());
  }
}
