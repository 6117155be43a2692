package org.opencrm.crm.adapter.in.rest.opportunity;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.ForecastLineResponse;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.ForecastResponse;
import org.opencrm.crm.application.opportunity.Forecast;
import org.opencrm.crm.application.opportunity.ForecastLine;
import org.opencrm.crm.application.opportunity.port.in.ForecastQueries;
import org.opencrm.crm.domain.shared.InvalidValueException;

@Path("/api/v1/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Opportunities")
@SecurityRequirement(name = "bearer")
public class ForecastResource {

  private final ForecastQueries forecasts;
  private final OpportunityRestMapper mapper;
  private final CurrentActor caller;

  ForecastResource(ForecastQueries forecasts, OpportunityRestMapper mapper, CurrentActor caller) {
    this.forecasts = forecasts;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_READERS,
      parseValue = true)
  @Operation(
      operationId = "getForecast",
      summary = "The sales forecast",
      description =
          "Per month or quarter and rep, within the caller's scope: pipeline, weighted, commit"
              + " (stages an admin marks as commit), best case and closed won, one line per"
              + " currency; the range is widened to whole periods.")
  @APIResponse(
      responseCode = "200",
      description = "The forecast",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ForecastResponse.class)))
  public ForecastResponse forecast(@BeanParam ForecastParams params) {
    Forecast forecast;
    try {
      forecast = forecasts.forecast(caller.get(), params.query());
    } catch (InvalidValueException e) {
      // The range is a query parameter: bad input, not an unprocessable entity.
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
    return new ForecastResponse(
        ForecastParams.periodName(forecast.range().period()),
        forecast.range().from(),
        forecast.range().to(),
        lines(forecast.byOwner()),
        lines(forecast.totals()));
  }

  private List<ForecastLineResponse> lines(List<ForecastLine> lines) {
    return lines.stream().map(mapper::toResponse).toList();
  }
}
