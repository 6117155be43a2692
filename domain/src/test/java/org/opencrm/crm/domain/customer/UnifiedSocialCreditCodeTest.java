package org.opencrm.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencrm.crm.domain.shared.InvalidValueException;

class UnifiedSocialCreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "911100001000079554", "91440300708461136T"})
  void accepts_publishedCodes(String code) {
    assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
  }

  @Test
  void normalises_caseAndSurroundingSpace() {
    assertThat(new UnifiedSocialCreditCode(" 91350100m000100y43 ").value())
        .isEqualTo("91350100M000100Y43");
  }

  @Test
  void rejects_wrongCheckCharacter() {
    assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("check character")
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo(UnifiedSocialCreditCode.INVALID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "9135010", "91350100M000100Y433", "91350100I000100Y43", "9135010OM000100Y4"})
  void rejects_wrongLengthOrLetters(String code) {
    assertThatThrownBy(() -> new UnifiedSocialCreditCode(code))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void withCheckCharacter_completesAValidCode() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.withCheckCharacter("91110108MA01ABCDE");
    assertThat(new UnifiedSocialCreditCode(code.value())).isEqualTo(code);
  }
}
