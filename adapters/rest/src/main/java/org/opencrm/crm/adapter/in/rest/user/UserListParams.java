package org.opencrm.crm.adapter.in.rest.user;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.user.UserFilter;
import org.opencrm.crm.domain.shared.Role;

/** The filters of the user list ({@code @BeanParam}). */
public class UserListParams {

  @QueryParam("team")
  @Parameter(description = "Members of this team", example = "east")
  String team;

  @QueryParam("role")
  @Parameter(
      description = "Users holding this role",
      schema =
          @Schema(
              enumeration = {
                "admin",
                "manager",
                "sales",
                "service",
                "analyst",
                "integration",
                "events-reader"
              }))
  String role;

  @QueryParam("active")
  @Parameter(
      description = "true: active users only; false: deactivated only",
      schema = @Schema(type = SchemaType.BOOLEAN))
  String active;

  /** The filter; 400 with a field error for malformed values. */
  UserFilter filter() {
    return new UserFilter(
        QueryParams.text("team", team, 100),
        role == null ? null : role(role),
        QueryParams.bool("active", active));
  }

  private static Role role(String value) {
    return Role.fromClaim(value.strip())
        .orElseThrow(
            () ->
                QueryParams.invalid(
                    "role",
                    "must be one of admin, manager, sales, service, analyst, integration,"
                        + " events-reader"));
  }
}
