package org.opencrm.crm.adapter.in.rest.opportunity;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.opportunity.ForecastQuery;
import org.opencrm.crm.domain.deal.ForecastPeriod;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** What a forecast covers ({@code @BeanParam}). */
public class ForecastParams {

  @QueryParam("period")
  @Parameter(
      description = "Months or quarters; default month",
      schema = @Schema(enumeration = {"month", "quarter"}))
  String period;

  @QueryParam("from")
  @Parameter(
      description = "From the period holding this date; default today's",
      schema = @Schema(format = "date"),
      example = "2027-01-01")
  String from;

  @QueryParam("to")
  @Parameter(
      description =
          "To the period holding this date; default three periods in all; at most 36 months",
      schema = @Schema(format = "date"),
      example = "2027-12-31")
  String to;

  @QueryParam("owner")
  @Parameter(description = "One rep's deals", example = "li.lei")
  String owner;

  @QueryParam("team")
  @Parameter(description = "One team's deals", example = "east")
  String team;

  /** The query; 400 with a field error for malformed values. */
  ForecastQuery query() {
    ForecastPeriod unit = null;
    if (period != null && !period.isBlank()) {
      unit =
          switch (period.strip()) {
            case "month" -> ForecastPeriod.MONTH;
            case "quarter" -> ForecastPeriod.QUARTER;
            default -> throw QueryParams.invalid("period", "must be month or quarter");
          };
    }
    try {
      return new ForecastQuery(
          unit, QueryParams.date("from", from), QueryParams.date("to", to), owner, team);
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }

  static String periodName(ForecastPeriod period) {
    return period.name().toLowerCase(Locale.ROOT);
  }
}
