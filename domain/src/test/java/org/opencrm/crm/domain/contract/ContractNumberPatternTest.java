package org.opencrm.crm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractNumberPatternTest {

  static final LocalDate DAY = LocalDate.parse("2026-12-03");

  @ParameterizedTest
  @CsvSource({
    "HT-{yyyy}{MM}-{seq:5}, 42, HT-202612-00042, 2026-12",
    "HT-{yyyy}{MM}-{seq:5}, 123456, HT-202612-123456, 2026-12",
    "{yy}/{seq:3}, 7, 26/007, 2026",
    "C{seq:1}, 12, C12, *",
    "SH_{yyyy}-{MM}-{seq:4}, 1, SH_2026-12-0001, 2026-12"
  })
  void aNumber_isThePatternFilledIn_countedPerThePeriodItsDatesName(
      String pattern, long sequence, String number, String period) {
    ContractNumberPattern rule = new ContractNumberPattern(pattern);
    assertThat(rule.format(DAY, sequence)).isEqualTo(number);
    assertThat(rule.periodOf(DAY)).isEqualTo(period);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HT-{yyyy}{MM}",
        "HT-{seq:5}-{seq:2}",
        "HT-{seq:0}",
        "HT {seq:5}",
        "HT-{MM}-{seq:5}",
        "HT-{dd}-{seq:5}",
        "合同-{seq:5}"
      })
  void aPatternWithoutExactlyOneSequence_orWithOtherCharacters_isRefused(String pattern) {
    assertThatThrownBy(() -> new ContractNumberPattern(pattern))
        .hasFieldOrPropertyWithValue("code", ContractNumberPattern.INVALID)
        .hasFieldOrPropertyWithValue("field", "numberPattern");
  }
}
