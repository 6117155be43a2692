package org.opencrm.crm.application.revenue;

import java.time.LocalDate;
import org.opencrm.crm.domain.contract.RevenuePeriod;
import org.opencrm.crm.domain.shared.Text;

/** Revenue from the period holding {@code from} to the one holding {@code to}. */
public record RevenueQuery(
    RevenuePeriod period, LocalDate from, LocalDate to, String ownerId, String team) {

  public RevenueQuery {
    period = period == null ? RevenuePeriod.MONTH : period;
    ownerId = Text.optional("owner", ownerId, 255);
    team = Text.optional("team", team, 100);
  }
}
