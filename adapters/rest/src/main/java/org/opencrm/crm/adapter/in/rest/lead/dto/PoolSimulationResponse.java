package org.opencrm.crm.adapter.in.rest.lead.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PoolSimulation",
    requiredProperties = {"returnedNow", "days", "owners"},
    description =
        "What a proposed policy would return to the pool: now (already overdue) and on each of the"
            + " next 7 days, in total and per owner. Nothing is saved.")
public record PoolSimulationResponse(
    @Schema(description = "Overdue now: the next sweep would return them") int returnedNow,
    List<Day> days,
    List<Owner> owners) {

  @Schema(
      name = "PoolSimulationDay",
      requiredProperties = {"date", "returned"})
  public record Day(@Schema(examples = "2026-11-25") LocalDate date, int returned) {}

  @Schema(
      name = "PoolSimulationOwner",
      requiredProperties = {"ownerId", "returnedNow", "perDay"})
  public record Owner(
      @Schema(examples = "li.lei") String ownerId,
      int returnedNow,
      @Schema(description = "Returned on each of the days, in order") List<Integer> perDay) {}
}
