package org.opencrm.crm.application.revenue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.application.revenue.RevenueLine;
import org.opencrm.crm.application.revenue.RevenueQuery;
import org.opencrm.crm.application.revenue.RevenueSum;
import org.opencrm.crm.application.revenue.port.in.RevenueQueries;
import org.opencrm.crm.application.revenue.port.out.RevenueReport;
import org.opencrm.crm.domain.contract.ContractPermissions;
import org.opencrm.crm.domain.contract.RevenuePeriod;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Money;

/**
 * Revenue per period: the sums come from one statement over the range and the year before it; the
 * changes against the previous period and the same period a year before are worked out here.
 */
@ApplicationScoped
@Transactional
public class RevenueService implements RevenueQueries {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RevenueReport report;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public RevenueService(RevenueReport report, BusinessCalendar calendar, Clock clock) {
    this.report = report;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public List<RevenueLine> revenue(Actor actor, RevenueQuery query) {
    ContractPermissions.checkRead(actor);
    RevenuePeriod period = query.period();
    LocalDate today = calendar.dateOf(clock.instant());
    LocalDate to = query.to() != null ? query.to() : today;
    LocalDate from = query.from() != null ? query.from() : defaultFrom(period, to);
    List<LocalDate> starts = period.cover(from, to);
    LocalDate earliest = period.yearBefore(starts.get(0));
    LocalDate until = period.next(starts.get(starts.size() - 1));
    List<RevenueSum> sums =
        report.sums(period, earliest, until, query.ownerId(), query.team(), actor.scope());

    Map<String, Map<LocalDate, RevenueSum>> byCurrency = new HashMap<>();
    for (RevenueSum sum : sums) {
      byCurrency
          .computeIfAbsent(sum.contracted().currency().getCurrencyCode(), c -> new HashMap<>())
          .put(sum.periodStart(), sum);
    }
    List<RevenueLine> lines = new ArrayList<>();
    for (String currency : new TreeSet<>(byCurrency.keySet())) {
      Map<LocalDate, RevenueSum> sumsOf = byCurrency.get(currency);
      Money zero = Money.zero(Currency.getInstance(currency));
      RevenueSum none = new RevenueSum(null, zero, zero);
      LocalDate previousStart = period.previous(starts.get(0));
      for (LocalDate start : starts) {
        RevenueSum now = sumsOf.getOrDefault(start, none);
        RevenueSum before = sumsOf.getOrDefault(previousStart, none);
        RevenueSum lastYear = sumsOf.getOrDefault(period.yearBefore(start), none);
        lines.add(
            new RevenueLine(
                start,
                now.contracted(),
                now.collected(),
                change(now.contracted(), before.contracted()),
                change(now.collected(), before.collected()),
                change(now.contracted(), lastYear.contracted()),
                change(now.collected(), lastYear.collected())));
        previousStart = start;
      }
    }
    return lines;
  }

  /** Twelve months, four quarters or thirty days back to the period holding {@code to}. */
  private static LocalDate defaultFrom(RevenuePeriod period, LocalDate to) {
    return switch (period) {
      case DAY -> to.minusDays(29);
      case MONTH -> to.minusMonths(11);
      case QUARTER -> to.minusMonths(9);
    };
  }

  /** The change in percent, one decimal, half up; null against nothing. */
  private static BigDecimal change(Money now, Money base) {
    if (base.isZero()) {
      return null;
    }
    return now.amount()
        .subtract(base.amount())
        .multiply(HUNDRED)
        .divide(base.amount(), 1, RoundingMode.HALF_UP);
  }
}
