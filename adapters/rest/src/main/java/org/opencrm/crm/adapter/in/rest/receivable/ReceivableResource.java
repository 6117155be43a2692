package org.opencrm.crm.adapter.in.rest.receivable;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.DealOutputs;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.application.receivable.AgingGrouping;
import org.opencrm.crm.application.receivable.AgingLine;
import org.opencrm.crm.application.receivable.port.in.ReceivableQueries;
import org.opencrm.crm.application.receivable.service.ReceivableQueryService;

@Path("/api/v1/receivables")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Receivables",
    description =
        "What contracts are owed (应收), as of the business's day and in the caller's scope:"
            + " per customer, the aging report (账龄), and what falls due for reminders.")
@SecurityRequirement(name = "bearer")
public class ReceivableResource {

  private final ReceivableQueries receivables;
  private final CurrentActor caller;

  ReceivableResource(ReceivableQueries receivables, CurrentActor caller) {
    this.receivables = receivables;
    this.caller = caller;
  }

  @GET
  @Path("/aging")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "getReceivablesAging",
      summary = "The aging report (账龄)",
      description =
          "What is owed, by owner or team and currency: not yet due, 1–30, 31–60, 61–90 and over"
              + " 90 days overdue; payments allocated to installments oldest due first.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReceivableDtos.AgingReport.class)))
  public ReceivableDtos.AgingReport aging(
      @QueryParam("groupBy")
          @Parameter(
              description = "owner (default) or team",
              schema = @Schema(enumeration = {"owner", "team"}))
          String groupBy) {
    AgingGrouping grouping;
    if (groupBy == null || groupBy.isBlank() || groupBy.strip().equals("owner")) {
      grouping = AgingGrouping.OWNER;
    } else if (groupBy.strip().equals("team")) {
      grouping = AgingGrouping.TEAM;
    } else {
      throw QueryParams.invalid("groupBy", "must be owner or team");
    }
    List<AgingLine> lines = receivables.aging(caller.get(), grouping);
    return new ReceivableDtos.AgingReport(
        grouping == AgingGrouping.OWNER ? "owner" : "team",
        lines.stream()
            .filter(line -> line.holder() != null)
            .map(ReceivableResource::aging)
            .toList(),
        lines.stream()
            .filter(line -> line.holder() == null)
            .map(ReceivableResource::aging)
            .toList());
  }

  private static ReceivableDtos.Aging aging(AgingLine line) {
    return new ReceivableDtos.Aging(
        line.holder(),
        DealOutputs.money(line.notDue()),
        DealOutputs.money(line.days1To30()),
        DealOutputs.money(line.days31To60()),
        DealOutputs.money(line.days61To90()),
        DealOutputs.money(line.over90()),
        DealOutputs.money(line.total()));
  }

  @GET
  @Path("/due")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "listReceivablesDue",
      summary = "What falls due",
      description =
          "Installments not fully paid that fall due within the days (overdue ones included) and"
              + " contracts in force ending within them (renewal), earliest first: what reminders"
              + " are made of.")
  @APIResponse(
      responseCode = "200",
      description = "The due items",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReceivableDtos.DueItems.class)))
  public ReceivableDtos.DueItems due(
      @QueryParam("within")
          @Parameter(
              description = "Days from today, 0 to 366; default 30",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "0",
                      maximum = "366",
                      defaultValue = "30"))
          String within) {
    Integer asked = QueryParams.integer("within", within);
    int days = asked == null ? 30 : asked;
    if (days < 0 || days > ReceivableQueryService.MAX_WITHIN_DAYS) {
      throw QueryParams.invalid(
          "within", "must be 0 to " + ReceivableQueryService.MAX_WITHIN_DAYS + " days");
    }
    return new ReceivableDtos.DueItems(
        receivables.due(caller.get(), days).stream()
            .map(
                item ->
                    new ReceivableDtos.Due(
                        item.kind().name(),
                        item.dueOn(),
                        item.contractId(),
                        item.contractNumber(),
                        item.customerId(),
                        item.customerName(),
                        item.installment(),
                        DealOutputs.money(item.outstanding()),
                        item.ownerId(),
                        item.team()))
            .toList());
  }
}
