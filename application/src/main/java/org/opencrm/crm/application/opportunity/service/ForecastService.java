package org.opencrm.crm.application.opportunity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.application.opportunity.Forecast;
import org.opencrm.crm.application.opportunity.ForecastLine;
import org.opencrm.crm.application.opportunity.ForecastQuery;
import org.opencrm.crm.application.opportunity.port.in.ForecastQueries;
import org.opencrm.crm.application.opportunity.port.out.ForecastReport;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.ForecastPeriod;
import org.opencrm.crm.domain.deal.ForecastRange;
import org.opencrm.crm.domain.shared.Actor;

@ApplicationScoped
@Transactional
public class ForecastService implements ForecastQueries {

  private static final int DEFAULT_PERIODS = ForecastQuery.DEFAULT_PERIODS;

  private final ForecastReport report;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public ForecastService(ForecastReport report, BusinessCalendar calendar, Clock clock) {
    this.report = report;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public Forecast forecast(Actor actor, ForecastQuery query) {
    DealPermissions.checkRead(actor);
    ForecastPeriod period = query.period();
    LocalDate from = query.from() != null ? query.from() : calendar.dateOf(clock.instant());
    LocalDate to =
        query.to() != null
            ? query.to()
            : period.startOf(from).plusMonths((long) period.months() * (DEFAULT_PERIODS - 1));
    ForecastRange range = period.cover(from, to);
    List<ForecastLine> lines = report.lines(range, query, actor.scope());
    return new Forecast(
        range,
        lines.stream().filter(line -> line.ownerId() != null).toList(),
        lines.stream().filter(line -> line.ownerId() == null).toList());
  }
}
