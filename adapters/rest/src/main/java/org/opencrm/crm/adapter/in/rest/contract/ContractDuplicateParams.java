package org.opencrm.crm.adapter.in.rest.contract;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;

/** A manager's or admin's override of a likely duplicate contract ({@code @BeanParam}). */
public class ContractDuplicateParams {

  @QueryParam("allowDuplicate")
  @Parameter(
      description =
          "Managers and admins: let in a contract although the customer has one of the same"
              + " amount signed the same day (needs duplicateReason, kept in the history)",
      schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
  String allowDuplicate;

  @QueryParam("duplicateReason")
  @Parameter(description = "Why the duplicate is let in", example = "A second, separate order")
  @Size(max = 500)
  String duplicateReason;

  boolean allowed() {
    return Boolean.TRUE.equals(QueryParams.bool("allowDuplicate", allowDuplicate));
  }

  String reason() {
    return duplicateReason;
  }
}
