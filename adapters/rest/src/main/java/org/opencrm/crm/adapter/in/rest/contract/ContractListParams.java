package org.opencrm.crm.adapter.in.rest.contract;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.contract.ContractFilter;
import org.opencrm.crm.domain.contract.ContractStatus;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** The contract list's filters ({@code @BeanParam}). */
public class ContractListParams {

  @QueryParam("ownerId")
  @Parameter(description = "Holding rep's user id", example = "li.lei")
  String ownerId;

  @QueryParam("team")
  @Parameter(description = "Holding team", example = "east")
  String team;

  @QueryParam("customerId")
  @Parameter(description = "The customer's contracts", schema = @Schema(format = "uuid"))
  String customerId;

  @QueryParam("status")
  @Parameter(
      description = "EXPIRED: active, past the end date; ACTIVE: active, not past it",
      schema =
          @Schema(
              enumeration = {
                "DRAFT",
                "PENDING_APPROVAL",
                "ACTIVE",
                "EXPIRED",
                "COMPLETED",
                "TERMINATED"
              }))
  String status;

  @QueryParam("signedFrom")
  @Parameter(description = "Signed on or after", schema = @Schema(format = "date"))
  String signedFrom;

  @QueryParam("signedTo")
  @Parameter(description = "Signed on or before", schema = @Schema(format = "date"))
  String signedTo;

  ContractFilter filter() {
    try {
      return new ContractFilter(
          ownerId,
          team,
          QueryParams.uuid("customerId", customerId),
          QueryParams.enumValue("status", status, ContractStatus.class),
          QueryParams.date("signedFrom", signedFrom),
          QueryParams.date("signedTo", signedTo));
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }
}
