package org.opencrm.crm.adapter.in.rest.contract;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.PageParams;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractSummaryResponse;
import org.opencrm.crm.application.contract.port.in.ContractQueries;

@Path("/api/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Contracts")
@SecurityRequirement(name = "bearer")
public class ApprovalResource {

  private final ContractQueries queries;
  private final ContractRestMapper mapper;
  private final CurrentActor caller;

  ApprovalResource(ContractQueries queries, ContractRestMapper mapper, CurrentActor caller) {
    this.queries = queries;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "listApprovals",
      summary = "The approver's queue (审批)",
      description =
          "Contracts waiting for the caller's decision, oldest first: a manager's team's waiting"
              + " for a manager, and for admins every contract waiting for a manager or an admin;"
              + " never the caller's own. Decide with POST /contracts/{id}/approve or /reject.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractSummaryResponse.Page.class)))
  public ContractSummaryResponse.Page pending(
      @QueryParam("state")
          @Parameter(
              description = "pending (the default, and for now the only state listed)",
              schema = @Schema(enumeration = {"pending"}))
          String state,
      @BeanParam PageParams page) {
    if (state != null && !state.equals("pending")) {
      throw QueryParams.invalid("state", "must be pending");
    }
    var found = queries.pendingApprovals(caller.get(), page.toPageRequest());
    return new ContractSummaryResponse.Page(
        found.items().stream().map(mapper::toResponse).toList(), found.nextCursor());
  }
}
