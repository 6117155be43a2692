package org.opencrm.crm.adapter.in.rest.revenue;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "Revenue",
    description =
        "Revenue (营收) in the caller's scope: every period of the range for each currency seen,"
            + " oldest first.")
public record RevenueResponse(
    @Schema(
            required = true,
            enumeration = {"day", "month", "quarter"})
        String groupBy,
    @Schema(required = true) List<Line> items) {

  @Schema(
      name = "RevenueLine",
      description =
          "One period in one currency: contracted (contracts that came into force, by signing"
              + " day) and collected (payments that count, by receiving day), with the change in"
              + " percent against the period before and the same period a year before (absent"
              + " when that was zero).")
  public record Line(
      @Schema(required = true, examples = "2026-11-01") LocalDate periodStart,
      @Schema(required = true) MoneyDto contracted,
      @Schema(required = true) MoneyDto collected,
      @Schema(nullable = true, pattern = "^-?[0-9]+\\.[0-9]$", examples = "12.5")
          String contractedChange,
      @Schema(nullable = true, pattern = "^-?[0-9]+\\.[0-9]$", examples = "-3.0")
          String collectedChange,
      @Schema(nullable = true, pattern = "^-?[0-9]+\\.[0-9]$", examples = "40.0")
          String contractedYearOnYear,
      @Schema(nullable = true, pattern = "^-?[0-9]+\\.[0-9]$", examples = "8.2")
          String collectedYearOnYear) {}
}
