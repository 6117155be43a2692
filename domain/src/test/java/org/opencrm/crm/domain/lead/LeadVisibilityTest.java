package org.opencrm.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

class LeadVisibilityTest {

  private static final TeamId EAST = new TeamId("east");
  private static final TeamId NORTH = new TeamId("north");
  private static final UserId LI = new UserId("li");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Actor actor(String id, TeamId team, Role... roles) {
    return new Actor(new UserId(id), id, Set.of(roles), team, ActorKind.USER);
  }

  private static final Actor LI_REP = actor("li", EAST, Role.SALES);
  private static final Actor HAN_REP = actor("han", EAST, Role.SALES);
  private static final Actor EAST_MANAGER = actor("wang", EAST, Role.MANAGER);
  private static final Actor NORTH_MANAGER = actor("zhou", NORTH, Role.MANAGER);
  private static final Actor ADMIN = actor("root", null, Role.ADMIN);

  @Test
  void aPooledLead_isMaskedForEveryoneButAdmins() {
    Lead pooled = Lead.pooled(LeadTest.profile(), T0);

    assertThat(LeadVisibility.masked(LI_REP, pooled)).isTrue();
    assertThat(LeadVisibility.masked(EAST_MANAGER, pooled)).isTrue();
    assertThat(LeadVisibility.masked(ADMIN, pooled)).isFalse();
  }

  @Test
  void aHeldLead_isWholeInsideTheScope() {
    Lead held = Lead.heldBy(LeadTest.profile(), LI, EAST, T0);

    assertThat(LeadVisibility.masked(LI_REP, held)).isFalse();
    assertThat(LeadVisibility.masked(EAST_MANAGER, held)).isFalse();
    assertThat(LeadVisibility.masked(HAN_REP, held)).isTrue();
    assertThat(LeadVisibility.masked(NORTH_MANAGER, held)).isTrue();
  }

  @Test
  void aPooledLeadAManagerDisqualifies_staysMaskedForThatManager() {
    Lead lead = Lead.pooled(LeadTest.profile(), T0);

    lead.disqualify("no budget", T0.plusSeconds(60));

    assertThat(LeadVisibility.masked(EAST_MANAGER, lead)).isTrue();
    assertThat(LeadVisibility.masked(ADMIN, lead)).isFalse();
  }
}
