package org.opencrm.crm.adapter.in.rest.receivable;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.DealOutputs;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.application.receivable.port.in.ReceivableQueries;

@Path("/api/v1/customers/{id}/receivables")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Receivables")
@Tag(name = "Customers")
@SecurityRequirement(name = "bearer")
public class CustomerReceivableResource {

  private final ReceivableQueries receivables;
  private final CurrentActor caller;

  CustomerReceivableResource(ReceivableQueries receivables, CurrentActor caller) {
    this.receivables = receivables;
    this.caller = caller;
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "getCustomerReceivables",
      summary = "A customer's receivable",
      description =
          "Per currency, over the customer's contracts in force or fulfilled that the caller sees:"
              + " contracted, invoiced, received, outstanding, overdue.")
  @APIResponse(
      responseCode = "200",
      description = "The receivable",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReceivableDtos.CustomerReceivables.class)))
  public ReceivableDtos.CustomerReceivables ofCustomer(
      @PathParam("id") @Parameter(description = "Customer id") UUID id) {
    return new ReceivableDtos.CustomerReceivables(
        receivables.ofCustomer(caller.get(), id).values().stream()
            .map(
                totals ->
                    new ReceivableDtos.Totals(
                        DealOutputs.money(totals.contracted()),
                        DealOutputs.money(totals.invoiced()),
                        DealOutputs.money(totals.received()),
                        DealOutputs.money(totals.outstanding()),
                        DealOutputs.money(totals.overdue())))
            .toList());
  }
}
