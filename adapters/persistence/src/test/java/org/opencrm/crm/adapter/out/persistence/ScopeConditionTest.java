package org.opencrm.crm.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

class ScopeConditionTest {

  @Test
  void aRepSeesTheirOwnRecords() {
    ScopeCondition condition =
        ScopeCondition.of(new DataScope.OwnRecords(new UserId("li.lei")), "c.owner_id", "c.team");

    assertThat(condition.sql()).isEqualTo("c.owner_id = :scopeOwner");
    assertThat(condition.parameters()).isEqualTo(Map.of("scopeOwner", "li.lei"));
    assertThat(condition.limited()).isTrue();
  }

  @Test
  void aManagerSeesTheTeamsRecords_inJpqlToo() {
    ScopeCondition condition =
        ScopeCondition.of(new DataScope.TeamRecords(new TeamId("east")), "l.ownerId", "l.team");

    assertThat(condition.sql()).isEqualTo("l.team = :scopeTeam");
    assertThat(condition.parameters()).isEqualTo(Map.of("scopeTeam", "east"));
  }

  @Test
  void everythingAndNothingAreConstants_withoutParameters() {
    ScopeCondition everything = ScopeCondition.of(new DataScope.Everything(), "o", "t");
    ScopeCondition nothing = ScopeCondition.of(new DataScope.NoRecords(), "o", "t");

    assertThat(everything.sql()).isEqualTo("TRUE");
    assertThat(nothing.sql()).isEqualTo("FALSE");
    assertThat(everything.parameters()).isEmpty();
    assertThat(nothing.parameters()).isEmpty();
    assertThat(everything.limited()).isFalse();
    assertThat(nothing.limited()).isFalse();
  }

  @Test
  void forPlainJdbc_theValueFollowsTheOthersInOrder() {
    List<Object> values = new ArrayList<>(List.of("earlier"));

    String sql =
        ScopeCondition.of(new DataScope.TeamRecords(new TeamId("north")), "c.owner_id", "c.team")
            .positional(values);
    String none =
        ScopeCondition.of(new DataScope.NoRecords(), "c.owner_id", "c.team").positional(values);

    assertThat(sql).isEqualTo("c.team = ?");
    assertThat(none).isEqualTo("FALSE");
    assertThat(values).containsExactly("earlier", "north");
  }
}
