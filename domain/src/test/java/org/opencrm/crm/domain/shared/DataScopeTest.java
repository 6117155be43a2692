package org.opencrm.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DataScopeTest {

  private static final TeamId EAST = new TeamId("east");
  private static final TeamId NORTH = new TeamId("north");
  private static final UserId LI = new UserId("li");
  private static final UserId HAN = new UserId("han");

  private static Actor actor(String id, TeamId team, Role... roles) {
    return new Actor(new UserId(id), id, Set.of(roles), team, ActorKind.USER);
  }

  @Test
  void salesRep_seesOnlyOwnRecords() {
    DataScope scope = actor("li", EAST, Role.SALES).scope();
    assertThat(scope.includes(LI, EAST)).isTrue();
    assertThat(scope.includes(HAN, EAST)).isFalse();
  }

  @Test
  void manager_seesTheTeamsRecords() {
    DataScope scope = actor("wang", EAST, Role.MANAGER, Role.SALES).scope();
    assertThat(scope.includes(HAN, EAST)).isTrue();
    assertThat(scope.includes(HAN, NORTH)).isFalse();
  }

  @Test
  void managerWithoutTeam_seesNothing() {
    assertThat(actor("wang", null, Role.MANAGER).scope()).isEqualTo(new DataScope.NoRecords());
  }

  @Test
  void admin_seesEverything() {
    assertThat(actor("root", null, Role.ADMIN).scope().includes(HAN, NORTH)).isTrue();
    assertThat(Actor.system().scope()).isEqualTo(new DataScope.Everything());
  }

  @Test
  void analyst_seesNoOwnedRecords() {
    assertThat(actor("ana", EAST, Role.ANALYST).scope().includes(LI, EAST)).isFalse();
  }
}
