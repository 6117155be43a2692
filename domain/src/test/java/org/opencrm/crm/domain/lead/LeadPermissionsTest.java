package org.opencrm.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

class LeadPermissionsTest {

  private static final TeamId EAST = new TeamId("east");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Actor actor(Role... roles) {
    return new Actor(new UserId("someone"), "Someone", Set.of(roles), EAST, ActorKind.USER);
  }

  private static void allowed(Consumer<Actor> check, Role role) {
    assertThatCode(() -> check.accept(actor(role))).as("%s", role).doesNotThrowAnyException();
  }

  private static void refused(Consumer<Actor> check, Role role, String code) {
    assertThatThrownBy(() -> check.accept(actor(role)))
        .as("%s", role)
        .isInstanceOf(AccessDeniedException.class)
        .extracting(e -> ((AccessDeniedException) e).code())
        .isEqualTo(code);
  }

  @Test
  void onlyAdmins_setThePoolPolicy() {
    allowed(LeadPermissions::checkSetPoolPolicy, Role.ADMIN);
    for (Role role : Set.of(Role.MANAGER, Role.SALES, Role.SERVICE, Role.ANALYST)) {
      refused(LeadPermissions::checkSetPoolPolicy, role, LeadPermissions.POOL_POLICY_ADMIN_ONLY);
    }
  }

  @Test
  void managersAndAdmins_tryOutPoolPolicies() {
    allowed(LeadPermissions::checkSimulatePoolPolicy, Role.ADMIN);
    allowed(LeadPermissions::checkSimulatePoolPolicy, Role.MANAGER);
    refused(
        LeadPermissions::checkSimulatePoolPolicy,
        Role.SALES,
        LeadPermissions.POOL_SIMULATION_NOT_ALLOWED);
  }

  @Test
  void onlyAdmins_changeTheScoringModel() {
    allowed(LeadPermissions::checkChangeScoring, Role.ADMIN);
    refused(LeadPermissions::checkChangeScoring, Role.MANAGER, LeadPermissions.SCORING_ADMIN_ONLY);
  }

  @Test
  void aPooledLead_isChangedByManagersAndAdmins_aRepClaimsItFirst() {
    Lead pooled = Lead.pooled(LeadTest.profile(), T0);
    Lead held = Lead.heldBy(LeadTest.profile(), new UserId("someone"), EAST, T0);

    allowed(actor -> LeadPermissions.checkChange(actor, pooled), Role.MANAGER);
    allowed(actor -> LeadPermissions.checkChange(actor, pooled), Role.ADMIN);
    refused(
        actor -> LeadPermissions.checkChange(actor, pooled),
        Role.SALES,
        LeadPermissions.CLAIM_FIRST);
    allowed(actor -> LeadPermissions.checkChange(actor, held), Role.SALES);
  }
}
