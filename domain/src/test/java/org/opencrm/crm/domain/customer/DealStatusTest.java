package org.opencrm.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DealStatusTest {

  @Test
  void aSignedContract_closes_anOpenOpportunity_negotiates_elsePotential() {
    assertThat(DealStatus.of(true, true)).isEqualTo(DealStatus.CLOSED);
    assertThat(DealStatus.of(true, false)).isEqualTo(DealStatus.CLOSED);
    assertThat(DealStatus.of(false, true)).isEqualTo(DealStatus.NEGOTIATING);
    assertThat(DealStatus.of(false, false)).isEqualTo(DealStatus.POTENTIAL);
  }
}
