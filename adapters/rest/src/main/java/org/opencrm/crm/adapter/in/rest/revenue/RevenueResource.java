package org.opencrm.crm.adapter.in.rest.revenue;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Locale;
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
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.application.revenue.RevenueQuery;
import org.opencrm.crm.application.revenue.port.in.RevenueQueries;
import org.opencrm.crm.domain.contract.RevenuePeriod;
import org.opencrm.crm.domain.shared.InvalidValueException;

@Path("/api/v1/revenue")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Receivables")
@SecurityRequirement(name = "bearer")
public class RevenueResource {

  private final RevenueQueries revenue;
  private final CurrentActor caller;

  RevenueResource(RevenueQueries revenue, CurrentActor caller) {
    this.revenue = revenue;
    this.caller = caller;
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "getRevenue",
      summary = "Revenue per day, month or quarter",
      description =
          "Contracted and collected per period and currency, with period-over-period and"
              + " year-over-year change, in the caller's scope; summed in one statement. Default:"
              + " the last twelve months (thirty days, four quarters) to today; at most 731 days,"
              + " 60 months or 20 quarters.")
  @APIResponse(
      responseCode = "200",
      description = "The revenue",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RevenueResponse.class)))
  public RevenueResponse revenue(
      @QueryParam("groupBy")
          @Parameter(
              description = "day, month (default) or quarter",
              schema = @Schema(enumeration = {"day", "month", "quarter"}))
          String groupBy,
      @QueryParam("from")
          @Parameter(
              description = "From the period holding this date",
              schema = @Schema(format = "date"))
          String from,
      @QueryParam("to")
          @Parameter(
              description = "To the period holding this date; default today",
              schema = @Schema(format = "date"))
          String to,
      @QueryParam("owner") @Parameter(description = "One rep's contracts", example = "li.lei")
          String owner,
      @QueryParam("team") @Parameter(description = "One team's contracts", example = "east")
          String team) {
    RevenuePeriod period = RevenuePeriod.MONTH;
    if (groupBy != null && !groupBy.isBlank()) {
      period =
          switch (groupBy.strip()) {
            case "day" -> RevenuePeriod.DAY;
            case "month" -> RevenuePeriod.MONTH;
            case "quarter" -> RevenuePeriod.QUARTER;
            default -> throw QueryParams.invalid("groupBy", "must be day, month or quarter");
          };
    }
    try {
      RevenueQuery query =
          new RevenueQuery(
              period, QueryParams.date("from", from), QueryParams.date("to", to), owner, team);
      return new RevenueResponse(
          period.name().toLowerCase(Locale.ROOT),
          revenue.revenue(caller.get(), query).stream()
              .map(
                  line ->
                      new RevenueResponse.Line(
                          line.periodStart(),
                          DealOutputs.money(line.contracted()),
                          DealOutputs.money(line.collected()),
                          text(line.contractedChange()),
                          text(line.collectedChange()),
                          text(line.contractedYearOnYear()),
                          text(line.collectedYearOnYear())))
              .toList());
    } catch (InvalidValueException e) {
      // Every value here is a query parameter: bad input, not an unprocessable entity.
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }

  private static String text(BigDecimal percent) {
    return percent == null ? null : percent.toPlainString();
  }
}
