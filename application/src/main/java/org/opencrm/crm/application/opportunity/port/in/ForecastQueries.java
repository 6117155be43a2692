package org.opencrm.crm.application.opportunity.port.in;

import org.opencrm.crm.application.opportunity.Forecast;
import org.opencrm.crm.application.opportunity.ForecastQuery;
import org.opencrm.crm.domain.shared.Actor;

/** The sales forecast (销售预测) of the deals inside the caller's scope. */
public interface ForecastQueries {

  Forecast forecast(Actor actor, ForecastQuery query);
}
