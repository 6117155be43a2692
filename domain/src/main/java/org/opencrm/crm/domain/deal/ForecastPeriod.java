package org.opencrm.crm.domain.deal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** The periods a forecast (销售预测) is cut into: calendar months or quarters. */
public enum ForecastPeriod {
  MONTH(1),
  QUARTER(3);

  public static final String RANGE_INVALID = "forecast.range-invalid";

  /** A forecast covers at most three years. */
  public static final int MAX_MONTHS = 36;

  private final int months;

  ForecastPeriod(int months) {
    this.months = months;
  }

  /** How many months a period lasts. */
  public int months() {
    return months;
  }

  /** The first day of the period the date falls in. */
  public LocalDate startOf(LocalDate date) {
    int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(date.getYear(), firstMonth, 1);
  }

  /** The last day of the period the date falls in. */
  public LocalDate endOf(LocalDate date) {
    return startOf(date).plusMonths(months).minusDays(1);
  }

  /**
   * The whole periods from the one holding {@code from} to the one holding {@code to}; refused when
   * they end before they start or span more than {@link #MAX_MONTHS} months.
   */
  public ForecastRange cover(LocalDate from, LocalDate to) {
    LocalDate start = startOf(from);
    LocalDate end = endOf(to);
    if (end.isBefore(start)) {
      throw new InvalidValueException(RANGE_INVALID, "to", "to is before from");
    }
    if (ChronoUnit.MONTHS.between(start, end.plusDays(1)) > MAX_MONTHS) {
      throw new InvalidValueException(
          RANGE_INVALID, "to", "A forecast spans at most " + MAX_MONTHS + " months");
    }
    return new ForecastRange(this, start, end);
  }
}
