package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

class DealPermissionsTest {

  static Actor with(Role role) {
    return new Actor(new UserId("u"), "U", Set.of(role), new TeamId("east"), ActorKind.USER);
  }

  @Test
  void repsAndManagersWorkDeals_serviceReads_analystsOnlyReadTheConfiguration() {
    for (Role role : Set.of(Role.ADMIN, Role.MANAGER, Role.SALES)) {
      assertThatCode(() -> DealPermissions.checkWrite(with(role))).doesNotThrowAnyException();
      assertThatCode(() -> DealPermissions.checkRead(with(role))).doesNotThrowAnyException();
    }
    assertThatCode(() -> DealPermissions.checkRead(with(Role.SERVICE))).doesNotThrowAnyException();
    assertThatThrownBy(() -> DealPermissions.checkWrite(with(Role.SERVICE)))
        .isInstanceOf(AccessDeniedException.class)
        .hasFieldOrPropertyWithValue("code", DealPermissions.WRITE_DENIED);
    assertThatThrownBy(() -> DealPermissions.checkRead(with(Role.ANALYST)))
        .hasFieldOrPropertyWithValue("code", DealPermissions.READ_DENIED);
    assertThatCode(() -> DealPermissions.checkReadConfiguration(with(Role.ANALYST)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> DealPermissions.checkReadConfiguration(with(Role.INTEGRATION)))
        .hasFieldOrPropertyWithValue("code", DealPermissions.CONFIGURATION_READ_DENIED);
  }

  @Test
  void onlyManagersAndAdminsReopen_onlyAdminsConfigure() {
    assertThatCode(() -> DealPermissions.checkReopen(with(Role.MANAGER)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> DealPermissions.checkReopen(with(Role.SALES)))
        .hasFieldOrPropertyWithValue("code", DealPermissions.REOPEN_DENIED);
    assertThatCode(() -> DealPermissions.checkConfigure(with(Role.ADMIN)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> DealPermissions.checkConfigure(with(Role.MANAGER)))
        .hasFieldOrPropertyWithValue("code", DealPermissions.CONFIGURE_DENIED);
  }
}
