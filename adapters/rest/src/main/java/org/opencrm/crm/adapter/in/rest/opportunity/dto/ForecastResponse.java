package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Forecast",
    description =
        "The sales forecast (销售预测) of the deals in the caller's scope over whole periods: per"
            + " period and rep (items) and per period for everyone (totals), one line per"
            + " currency. Periods without deals are absent.")
public record ForecastResponse(
    @Schema(
            required = true,
            enumeration = {"month", "quarter"})
        String period,
    @Schema(required = true, description = "First day of the first period") LocalDate from,
    @Schema(required = true, description = "Last day of the last period") LocalDate to,
    @Schema(required = true) List<ForecastLineResponse> items,
    @Schema(required = true) List<ForecastLineResponse> totals) {}
