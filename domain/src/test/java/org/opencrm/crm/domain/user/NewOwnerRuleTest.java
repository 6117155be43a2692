package org.opencrm.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

class NewOwnerRuleTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private static final TeamId EAST = new TeamId("east");
  private static final TeamId NORTH = new TeamId("north");
  private static final UserId HAN = new UserId("han");

  private static User rep(TeamId team, Role... roles) {
    return User.firstSignIn(HAN, "韩梅梅", team, Set.of(roles), T0);
  }

  @Test
  void anActiveRepOfTheRecordsTeam_receivesIt() {
    User han = rep(EAST, Role.SALES);

    assertThat(NewOwnerRule.check(HAN, Optional.of(han), EAST, "ownerId")).isSameAs(han);
  }

  @Test
  void aUserTheDirectoryDoesNotKnow_isRefused() {
    assertThatThrownBy(() -> NewOwnerRule.check(HAN, Optional.empty(), EAST, "ownerId"))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", NewOwnerRule.UNKNOWN)
        .hasFieldOrPropertyWithValue("field", "ownerId");
  }

  @Test
  void aDeactivatedUser_isRefused() {
    User han = rep(EAST, Role.SALES);
    han.deactivate(T0.plusSeconds(1));

    assertThatThrownBy(() -> NewOwnerRule.check(HAN, Optional.of(han), EAST, "repId"))
        .hasFieldOrPropertyWithValue("code", NewOwnerRule.INACTIVE);
  }

  @Test
  void aUserWhoseRolesOwnNoRecords_isRefused() {
    assertThatThrownBy(
            () -> NewOwnerRule.check(HAN, Optional.of(rep(EAST, Role.SERVICE)), EAST, "ownerId"))
        .hasFieldOrPropertyWithValue("code", NewOwnerRule.CANNOT_OWN);
    assertThatThrownBy(
            () ->
                NewOwnerRule.check(HAN, Optional.of(rep(null, Role.INTEGRATION)), null, "ownerId"))
        .hasFieldOrPropertyWithValue("code", NewOwnerRule.CANNOT_OWN);
  }

  @Test
  void aRepOfAnotherTeam_isRefused_unlessTheRecordMovesToTheirTeam() {
    User han = rep(NORTH, Role.SALES);

    assertThatThrownBy(() -> NewOwnerRule.check(HAN, Optional.of(han), EAST, "ownerId"))
        .hasFieldOrPropertyWithValue("code", NewOwnerRule.OUTSIDE_TEAM);
    assertThat(NewOwnerRule.check(HAN, Optional.of(han), NORTH, "ownerId")).isSameAs(han);
  }

  @Test
  void aLaterSignIn_bringsTeamAndRolesUpToDate() {
    User han = rep(EAST, Role.SALES);

    assertThat(han.signedIn("韩梅梅", EAST, Set.of(Role.SALES), T0.plusSeconds(60))).isFalse();
    assertThat(han.signedIn("韩梅梅", NORTH, Set.of(Role.SALES, Role.MANAGER), T0.plusSeconds(90)))
        .isTrue();
    assertThat(han.team()).isEqualTo(NORTH);
    assertThat(han.roles()).containsExactlyInAnyOrder(Role.SALES, Role.MANAGER);
    assertThat(han.lastSignedInAt()).isEqualTo(T0.plusSeconds(90));
  }
}
