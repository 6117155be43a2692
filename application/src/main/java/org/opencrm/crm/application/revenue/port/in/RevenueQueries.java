package org.opencrm.crm.application.revenue.port.in;

import java.util.List;
import org.opencrm.crm.application.revenue.RevenueLine;
import org.opencrm.crm.application.revenue.RevenueQuery;
import org.opencrm.crm.domain.shared.Actor;

/** Revenue (营收): contracted and collected per period, in the caller's scope. */
public interface RevenueQueries {

  /** Every period of the range for each currency seen, oldest first. */
  List<RevenueLine> revenue(Actor actor, RevenueQuery query);
}
