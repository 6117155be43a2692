package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** The periods revenue (营收) is counted in: days, calendar months or quarters. */
public enum RevenuePeriod {
  DAY,
  MONTH,
  QUARTER;

  public static final String RANGE_INVALID = "revenue.range-invalid";

  /** At most this many periods in one report (two years of days, five of months or quarters). */
  public int maxPeriods() {
    return switch (this) {
      case DAY -> 731;
      case MONTH -> 60;
      case QUARTER -> 20;
    };
  }

  public LocalDate startOf(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    };
  }

  /** The start of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
    };
  }

  /** The start of the period before the one starting on {@code start}. */
  public LocalDate previous(LocalDate start) {
    return switch (this) {
      case DAY -> start.minusDays(1);
      case MONTH -> start.minusMonths(1);
      case QUARTER -> start.minusMonths(3);
    };
  }

  /** The start of the same period a year before (29 February falls back to the 28th). */
  public LocalDate yearBefore(LocalDate start) {
    return start.minusYears(1);
  }

  /**
   * The starts of the whole periods from the one holding {@code from} to the one holding {@code
   * to}; refused when they end before they start or are more than {@link #maxPeriods()}.
   */
  public List<LocalDate> cover(LocalDate from, LocalDate to) {
    LocalDate first = startOf(from);
    LocalDate last = startOf(to);
    if (last.isBefore(first)) {
      throw new InvalidValueException(RANGE_INVALID, "to", "to is before from");
    }
    long count =
        switch (this) {
          case DAY -> ChronoUnit.DAYS.between(first, last) + 1;
          case MONTH -> ChronoUnit.MONTHS.between(first, last) + 1;
          case QUARTER -> ChronoUnit.MONTHS.between(first, last) / 3 + 1;
        };
    if (count > maxPeriods()) {
      throw new InvalidValueException(
          RANGE_INVALID, "to", "At most " + maxPeriods() + " periods in one report");
    }
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate start = first; !start.isAfter(last); start = next(start)) {
      starts.add(start);
    }
    return starts;
  }
}
