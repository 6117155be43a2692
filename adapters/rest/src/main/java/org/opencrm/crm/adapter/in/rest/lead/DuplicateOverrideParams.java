package org.opencrm.crm.adapter.in.rest.lead;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;

/** A manager's or admin's override of an exact duplicate, with its reason ({@code @BeanParam}). */
public class DuplicateOverrideParams {

  @QueryParam("allowDuplicate")
  @Parameter(
      description =
          "Managers and admins: let in a lead that exactly duplicates an existing party (needs"
              + " duplicateReason, kept in the history)",
      schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
  String allowDuplicate;

  @QueryParam("duplicateReason")
  @Parameter(description = "Why the duplicate is let in", example = "Same company, another branch")
  @Size(max = 500)
  String duplicateReason;

  /** Whether the override is asked for; 400 for anything but true or false. */
  boolean allowed() {
    return Boolean.TRUE.equals(QueryParams.bool("allowDuplicate", allowDuplicate));
  }

  String reason() {
    return duplicateReason;
  }
}
