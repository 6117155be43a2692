package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForecastPeriodTest {

  @Test
  void periodsAreCalendarMonthsAndQuarters() {
    LocalDate may20 = LocalDate.of(2027, 5, 20);
    assertThat(ForecastPeriod.MONTH.startOf(may20)).isEqualTo(LocalDate.of(2027, 5, 1));
    assertThat(ForecastPeriod.MONTH.endOf(may20)).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(ForecastPeriod.QUARTER.startOf(may20)).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(ForecastPeriod.QUARTER.endOf(may20)).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(ForecastPeriod.QUARTER.endOf(LocalDate.of(2027, 12, 1)))
        .isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(ForecastPeriod.MONTH.endOf(LocalDate.of(2028, 2, 3)))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aRange_coversWholePeriods_ofAtMostThreeYears() {
    assertThat(ForecastPeriod.QUARTER.cover(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 8, 1)))
        .isEqualTo(
            new ForecastRange(
                ForecastPeriod.QUARTER, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 9, 30)));
    assertThat(
            ForecastPeriod.MONTH.cover(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)).to())
        .isEqualTo(LocalDate.of(2029, 12, 31));
    assertThatThrownBy(
            () -> ForecastPeriod.MONTH.cover(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1)))
        .hasFieldOrPropertyWithValue("code", ForecastPeriod.RANGE_INVALID);
    assertThatThrownBy(
            () -> ForecastPeriod.MONTH.cover(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 31)))
        .hasFieldOrPropertyWithValue("field", "to");
  }
}
