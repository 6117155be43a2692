package org.opencrm.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDataMaskTest {

  @Test
  void aPhone_keepsCountryPrefixAndLastFourDigits() {
    assertThat(ContactDataMask.phone(new PhoneNumber("+8613800138000")))
        .isEqualTo("+86138****8000");
    assertThat(ContactDataMask.phone(new PhoneNumber("+4930123456"))).isEqualTo("+49301*3456");
  }

  @Test
  void anEmail_keepsItsFirstLetterAndDomain() {
    assertThat(ContactDataMask.email(new EmailAddress("wang@example.com")))
        .isEqualTo("w***@example.com");
  }
}
