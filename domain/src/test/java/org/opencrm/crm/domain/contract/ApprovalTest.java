package org.opencrm.crm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

class ApprovalTest {

  static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  static final TeamId EAST = new TeamId("east");
  static final ApprovalPolicy POLICY =
      new ApprovalPolicy(Money.of("100000", "CNY"), Money.of("1000000", "CNY"), Percent.of("20"));

  static Actor actor(String id, TeamId team, Role... roles) {
    return new Actor(new UserId(id), id, Set.of(roles), team, ActorKind.USER);
  }

  static final Actor REP = actor("li", EAST, Role.SALES);
  static final Actor EAST_MANAGER = actor("wang", EAST, Role.MANAGER, Role.SALES);
  static final Actor NORTH_MANAGER = actor("zhou", new TeamId("north"), Role.MANAGER);
  static final Actor ADMIN = actor("admin", null, Role.ADMIN);

  @Nested
  class Policy {
    @Test
    void theAmountAndTheDiscount_decideWhoApproves() {
      assertThat(POLICY.levelsFor(Money.of("100000.00", "CNY"), Percent.of("20"))).isEmpty();
      assertThat(POLICY.levelsFor(Money.of("100000.01", "CNY"), Percent.ZERO))
          .containsExactly(ApprovalLevel.TEAM_MANAGER);
      assertThat(POLICY.levelsFor(Money.of("5000", "CNY"), Percent.of("20.01")))
          .containsExactly(ApprovalLevel.TEAM_MANAGER);
      assertThat(POLICY.levelsFor(Money.of("1000000.01", "CNY"), Percent.ZERO))
          .containsExactly(ApprovalLevel.TEAM_MANAGER, ApprovalLevel.ADMIN);
      assertThat(POLICY.levelsFor(Money.of("1", "USD"), Percent.ZERO))
          .as("no exchange rate is assumed")
          .containsExactly(ApprovalLevel.TEAM_MANAGER, ApprovalLevel.ADMIN);
      assertThat(
              new ApprovalPolicy(null, null, null)
                  .levelsFor(Money.of("9000000000", "CNY"), Percent.of("99")))
          .isEmpty();
    }

    @Test
    void theAdminsThreshold_isNotBelowTheManagers() {
      assertThatThrownBy(
              () -> new ApprovalPolicy(Money.of("10", "CNY"), Money.of("9", "CNY"), null))
          .hasFieldOrPropertyWithValue("code", ApprovalPolicy.INVALID);
    }
  }

  @Nested
  class Deciding {
    @Test
    void levelsAreApprovedInOrder_byTheRightPeople() {
      Approval approval =
          Approval.requested(
              REP.id(), EAST, List.of(ApprovalLevel.TEAM_MANAGER, ApprovalLevel.ADMIN));
      assertThat(approval.canDecide(NORTH_MANAGER)).isFalse();
      assertThatThrownBy(() -> approval.approve(NORTH_MANAGER, null, T0))
          .isInstanceOf(AccessDeniedException.class)
          .hasFieldOrPropertyWithValue("code", Approval.NOT_APPROVER);

      approval.approve(EAST_MANAGER, "ok", T0);
      assertThat(approval.pendingLevel()).contains(ApprovalLevel.ADMIN);
      assertThatThrownBy(() -> approval.approve(EAST_MANAGER, null, T0))
          .hasFieldOrPropertyWithValue("code", Approval.NOT_APPROVER);
      approval.approve(ADMIN, null, T0.plusSeconds(1));

      assertThat(approval.approved()).isTrue();
      assertThat(approval.pendingLevel()).isEmpty();
      assertThatThrownBy(() -> approval.approve(ADMIN, null, T0))
          .hasFieldOrPropertyWithValue("code", Approval.NOT_PENDING);
    }

    @Test
    void nobody_approvesTheirOwnContract_notEvenAManagerOrAnAdmin() {
      Approval managers =
          Approval.requested(EAST_MANAGER.id(), EAST, List.of(ApprovalLevel.TEAM_MANAGER));
      assertThat(managers.canDecide(EAST_MANAGER)).isFalse();
      assertThatThrownBy(() -> managers.approve(EAST_MANAGER, null, T0))
          .hasFieldOrPropertyWithValue("code", Approval.SELF_APPROVAL);
      Approval admins = Approval.requested(ADMIN.id(), null, List.of(ApprovalLevel.ADMIN));
      assertThatThrownBy(() -> admins.approve(ADMIN, null, T0))
          .hasFieldOrPropertyWithValue("code", Approval.SELF_APPROVAL);
      assertThat(managers.canDecide(ADMIN)).as("an admin stands in for a manager").isTrue();
    }

    @Test
    void aRejection_needsAComment_andEndsTheApproval() {
      Approval approval =
          Approval.requested(
              REP.id(), EAST, List.of(ApprovalLevel.TEAM_MANAGER, ApprovalLevel.ADMIN));
      assertThatThrownBy(() -> approval.reject(EAST_MANAGER, " ", T0))
          .hasFieldOrPropertyWithValue("field", "comment");
      approval.reject(EAST_MANAGER, "Discount too deep", T0);
      assertThat(approval.rejected()).isTrue();
      assertThat(approval.approved()).isFalse();
      assertThat(approval.rejection()).contains("Discount too deep");
      assertThat(approval.pendingLevel()).isEmpty();
    }

    @Test
    void withNoLevels_aContractIsApprovedAtOnce() {
      assertThat(Approval.requested(REP.id(), EAST, List.of()).approved()).isTrue();
    }
  }
}
