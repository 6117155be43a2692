package org.opencrm.crm.application.opportunity.port.out;

import java.util.List;
import org.opencrm.crm.application.opportunity.ForecastLine;
import org.opencrm.crm.application.opportunity.ForecastQuery;
import org.opencrm.crm.domain.deal.ForecastRange;
import org.opencrm.crm.domain.shared.DataScope;

/** The forecast's figures, computed set-based where the opportunities are. */
public interface ForecastReport {

  /**
   * The lines per period, rep and currency, and per period and currency (a null owner), inside the
   * scope; periods without deals are absent. Won deals count in the month they were won in the
   * business's zone.
   */
  List<ForecastLine> lines(ForecastRange range, ForecastQuery query, DataScope scope);
}
