package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "ForecastLine",
    description =
        "One period's forecast in one currency, for one rep (or for everyone, in totals). Open"
            + " deals count in the period of their expected close date, won deals in the period"
            + " they were won in; deals without an amount or close date are left out.")
public record ForecastLineResponse(
    @Schema(required = true, description = "First day of the period", examples = "2027-01-01")
        LocalDate periodStart,
    @Schema(nullable = true, description = "The rep; absent in totals", examples = "li.lei")
        String ownerId,
    @Schema(required = true, description = "The open deals' amounts") MoneyDto pipeline,
    @Schema(required = true, description = "Σ amount × stage probability, rounded once, half up")
        MoneyDto weighted,
    @Schema(required = true, description = "closedWon plus the open deals in commit stages")
        MoneyDto commit,
    @Schema(required = true, description = "closedWon plus every open deal") MoneyDto bestCase,
    @Schema(required = true, description = "The deals won") MoneyDto closedWon,
    @Schema(required = true, examples = "12") long openDeals,
    @Schema(required = true, examples = "3") long wonDeals) {}
