package org.opencrm.crm.application.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** Lead views are masked unless made for a viewer whose scope holds the lead. */
class LeadViewTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private static final TeamId EAST = new TeamId("east");
  private static final Actor LI =
      new Actor(new UserId("li"), "li", Set.of(Role.SALES), EAST, ActorKind.USER);
  private static final Actor HAN =
      new Actor(new UserId("han"), "han", Set.of(Role.SALES), EAST, ActorKind.USER);

  private static LeadProfile profile() {
    return new LeadProfile(
        "王小明",
        "杭州西湖科技有限公司",
        null,
        List.of(PhoneNumber.parse("13800138000", "CN")),
        null,
        null,
        SourceChannel.WEB_FORM,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aStoredView_isMasked_untilSeenBySomeoneWhoseScopeHoldsIt() {
    LeadView stored = LeadView.stored(Lead.heldBy(profile(), LI.id(), EAST, T0));

    assertThat(stored.masked()).isTrue();
    assertThat(stored.seenBy(LI).masked()).isFalse();
    assertThat(stored.seenBy(HAN).masked()).isTrue();
  }

  @Test
  void aViewMadeForAViewer_followsTheVisibilityRule() {
    Lead pooled = Lead.pooled(profile(), T0);

    assertThat(LeadView.of(pooled, LI).masked()).isTrue();
    assertThat(LeadView.of(Lead.heldBy(profile(), LI.id(), EAST, T0), LI).masked()).isFalse();
  }
}
