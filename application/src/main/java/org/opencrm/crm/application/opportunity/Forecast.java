package org.opencrm.crm.application.opportunity;

import java.util.List;
import org.opencrm.crm.domain.deal.ForecastRange;

/** A forecast per period and rep, and per period for everyone in it; each line in one currency. */
public record Forecast(
    ForecastRange range, List<ForecastLine> byOwner, List<ForecastLine> totals) {}
