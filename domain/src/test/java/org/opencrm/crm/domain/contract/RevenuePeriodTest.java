package org.opencrm.crm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevenuePeriodTest {

  @Test
  void aRange_isCutIntoWholePeriods() {
    assertThat(RevenuePeriod.QUARTER.cover(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 8, 1)))
        .containsExactly(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));
    assertThat(RevenuePeriod.MONTH.cover(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1)))
        .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1));
    assertThat(RevenuePeriod.DAY.cover(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1)))
        .hasSize(3);
    assertThat(RevenuePeriod.MONTH.yearBefore(LocalDate.of(2024, 2, 29)))
        .isEqualTo(LocalDate.of(2023, 2, 28));
  }

  @Test
  void aReport_hasAtMostItsPeriods_inOrder() {
    assertThat(RevenuePeriod.MONTH.cover(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)))
        .hasSize(60);
    assertThatThrownBy(
            () -> RevenuePeriod.MONTH.cover(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1)))
        .hasFieldOrPropertyWithValue("code", RevenuePeriod.RANGE_INVALID);
    assertThatThrownBy(
            () -> RevenuePeriod.DAY.cover(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
        .hasFieldOrPropertyWithValue("field", "to");
  }
}
