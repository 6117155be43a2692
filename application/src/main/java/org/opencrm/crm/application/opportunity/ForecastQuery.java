package org.opencrm.crm.application.opportunity;

import java.time.LocalDate;
import org.opencrm.crm.domain.deal.ForecastPeriod;
import org.opencrm.crm.domain.shared.Text;

/**
 * A forecast by month or quarter from the period holding {@code from} (default: today's) to the one
 * holding {@code to} (default: three periods in all), optionally of one rep or one team.
 */
public record ForecastQuery(
    ForecastPeriod period, LocalDate from, LocalDate to, String ownerId, String team) {

  /** How many periods a forecast covers when it names no end. */
  public static final int DEFAULT_PERIODS = 3;

  public ForecastQuery {
    period = period == null ? ForecastPeriod.MONTH : period;
    ownerId = Text.optional("owner", ownerId, 255);
    team = Text.optional("team", team, 100);
  }
}
