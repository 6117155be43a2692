package org.opencrm.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void aClaim_namesItsRole_inAnyCase_withDashOrUnderscore() {
    assertThat(Role.fromClaim("events-reader")).contains(Role.EVENTS_READER);
    assertThat(Role.fromClaim("EVENTS_READER")).contains(Role.EVENTS_READER);
    assertThat(Role.fromClaim("Sales")).contains(Role.SALES);
    assertThat(Role.fromClaim("events reader")).isEmpty();
  }

  @Test
  void onlyClientRoles_makeTheActorAnIntegration() {
    assertThat(Role.INTEGRATION.isClientRole()).isTrue();
    assertThat(Role.EVENTS_READER.isClientRole()).isTrue();
    assertThat(Role.ADMIN.isClientRole()).isFalse();
    assertThat(Role.SALES.isClientRole()).isFalse();
  }
}
