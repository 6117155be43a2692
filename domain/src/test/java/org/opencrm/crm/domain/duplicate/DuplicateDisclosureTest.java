package org.opencrm.crm.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

class DuplicateDisclosureTest {

  static final Instant SINCE = Instant.parse("2026-10-01T08:00:00Z");
  static final UserId LI = new UserId("li");
  static final UserId HAN = new UserId("han");
  static final TeamId EAST = new TeamId("east");

  static DuplicateCandidate heldBy(UserId owner, MatchType match, double similarity) {
    return new DuplicateCandidate(
        PartyKind.LEAD,
        UUID.randomUUID(),
        null,
        "王小明",
        "西湖科技",
        owner,
        EAST,
        false,
        SINCE,
        Set.of(match),
        similarity);
  }

  @Test
  void aCandidateInsideTheScope_isShownInFull() {
    DisclosedDuplicate shown =
        DuplicateDisclosure.disclose(heldBy(LI, MatchType.PHONE, 0), new DataScope.OwnRecords(LI));
    assertThat(shown.disclosure()).isEqualTo(Disclosure.VISIBLE);
    assertThat(shown.name()).isEqualTo("王小明");
    assertThat(shown.ownerId()).isEqualTo("li");
    assertThat(shown.exact()).isTrue();
  }

  @Test
  void aColleaguesCandidate_showsOnlyThatItExists() {
    DisclosedDuplicate shown =
        DuplicateDisclosure.disclose(heldBy(HAN, MatchType.EMAIL, 0), new DataScope.OwnRecords(LI));
    assertThat(shown.disclosure()).isEqualTo(Disclosure.OWNED_BY_COLLEAGUE);
    assertThat(shown.since()).isEqualTo(SINCE);
    assertThat(shown.kind()).isEqualTo(PartyKind.LEAD);
    assertThat(shown.id()).isNull();
    assertThat(shown.name()).isNull();
    assertThat(shown.company()).isNull();
    assertThat(shown.ownerId()).isNull();
  }

  @Test
  void aManager_seesTheTeamsCandidatesInFull() {
    assertThat(
            DuplicateDisclosure.disclose(
                    heldBy(HAN, MatchType.PHONE, 0), new DataScope.TeamRecords(EAST))
                .disclosure())
        .isEqualTo(Disclosure.VISIBLE);
  }

  @Test
  void aPooledCandidate_keepsItsIdForClaiming_butNoDetails() {
    DuplicateCandidate pooled =
        new DuplicateCandidate(
            PartyKind.LEAD,
            UUID.randomUUID(),
            null,
            "王小明",
            "西湖科技",
            null,
            null,
            true,
            SINCE,
            Set.of(MatchType.PHONE),
            0);
    DisclosedDuplicate shown = DuplicateDisclosure.disclose(pooled, new DataScope.OwnRecords(LI));
    assertThat(shown.disclosure()).isEqualTo(Disclosure.IN_POOL);
    assertThat(shown.id()).isEqualTo(pooled.id());
    assertThat(shown.name()).isNull();
    assertThat(DuplicateDisclosure.disclose(pooled, new DataScope.Everything()).disclosure())
        .isEqualTo(Disclosure.VISIBLE);
  }

  @Test
  void exactMatchesComeFirst_thenTheMostSimilar() {
    DuplicateCandidate similar = heldBy(LI, MatchType.SIMILAR_NAME, 0.7);
    DuplicateCandidate moreSimilar = heldBy(LI, MatchType.SIMILAR_NAME, 0.9);
    DuplicateCandidate exact = heldBy(LI, MatchType.CREDIT_CODE, 0);
    List<DisclosedDuplicate> shown =
        DuplicateDisclosure.disclose(
            List.of(similar, exact, moreSimilar), new DataScope.OwnRecords(LI));
    assertThat(shown)
        .extracting(DisclosedDuplicate::id)
        .containsExactly(exact.id(), moreSimilar.id(), similar.id());
    assertThat(shown.get(1).exact()).isFalse();
  }
}
