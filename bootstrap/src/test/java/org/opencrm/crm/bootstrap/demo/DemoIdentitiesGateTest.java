package org.opencrm.crm.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.bootstrap.DemoIdentities;

/** The start-up check: demo identities only in development, tests, or when switched on. */
class DemoIdentitiesGateTest {

  @Test
  void aPackagedServiceWithoutIssuerOrSwitch_refusesToStart_sayingWhatToSet() {
    DemoIdentitiesGate gate = new DemoIdentitiesGate(true, Optional.empty(), LaunchMode.NORMAL);

    assertThat(gate.open()).isFalse();
    assertThatThrownBy(() -> gate.onStart(null))
        .isInstanceOf(DemoIdentities.NoSignInConfigured.class)
        .hasMessageContaining("QUARKUS_OIDC_AUTH_SERVER_URL")
        .hasMessageContaining("CRM_DEMO_IDENTITIES=true");
  }

  @Test
  void aPackagedServiceSwitchedOn_handsOutDemoTokens() {
    DemoIdentitiesGate gate = new DemoIdentitiesGate(true, Optional.of("true"), LaunchMode.NORMAL);

    gate.onStart(null);
    assertThat(gate.open()).isTrue();
  }

  @Test
  void development_handsOutDemoTokens_withoutTheSwitch() {
    assertThat(new DemoIdentitiesGate(true, Optional.empty(), LaunchMode.DEVELOPMENT).open())
        .isTrue();
  }

  @Test
  void withARealIssuer_noDemoTokens_evenSwitchedOn() {
    DemoIdentitiesGate gate = new DemoIdentitiesGate(false, Optional.of("true"), LaunchMode.NORMAL);

    gate.onStart(null);
    assertThat(gate.open()).isFalse();
  }
}
