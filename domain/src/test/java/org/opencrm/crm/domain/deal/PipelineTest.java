package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.RuleViolationException;

class PipelineTest {

  static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void theStandardPipeline_hasTheDocumentedStagesAndProbabilities() {
    Pipeline standard = Pipeline.standard(T0);
    assertThat(standard.stages())
        .extracting(Stage::name, s -> s.probability().value().intValue(), Stage::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Qualification", 10, StageOutcome.OPEN),
            org.assertj.core.groups.Tuple.tuple("Needs analysis", 30, StageOutcome.OPEN),
            org.assertj.core.groups.Tuple.tuple("Proposal", 50, StageOutcome.OPEN),
            org.assertj.core.groups.Tuple.tuple("Negotiation", 70, StageOutcome.OPEN),
            org.assertj.core.groups.Tuple.tuple("Won", 100, StageOutcome.WON),
            org.assertj.core.groups.Tuple.tuple("Lost", 0, StageOutcome.LOST));
    assertThat(standard.stages().get(2).requiredToEnter())
        .containsExactlyInAnyOrder(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE);
    assertThat(standard.stages().get(3).commit()).isTrue();
    assertThat(standard.firstOpen().name()).isEqualTo("Qualification");
  }

  @Test
  void openStagesComeFirst_thenOneWonAndOneLost_namesUnique() {
    List<Stage> stages = new ArrayList<>(Pipeline.standard(T0).stages());
    List<Stage> lostFirst = new ArrayList<>(stages);
    lostFirst.add(0, lostFirst.remove(lostFirst.size() - 1));
    assertThatThrownBy(() -> Pipeline.create("X", lostFirst, T0))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", Pipeline.INVALID)
        .hasFieldOrPropertyWithValue("field", "stages[0].outcome");
    List<Stage> twice = new ArrayList<>(stages);
    twice.add(0, Stage.open("qualification", "5", Set.of(), false));
    assertThatThrownBy(() -> Pipeline.create("X", twice, T0))
        .hasFieldOrPropertyWithValue("field", "stages[1].name");
    assertThatThrownBy(() -> Pipeline.create("X", stages.subList(4, 6), T0))
        .hasFieldOrPropertyWithValue("field", "stages");
  }

  @Test
  void aWonStage_isCertain_aLostOneHopeless_andNeitherIsCommit() {
    assertThatThrownBy(
            () ->
                new Stage(
                    StageId.newId(), "Won", Percent.of("90"), StageOutcome.WON, Set.of(), false))
        .hasFieldOrPropertyWithValue("code", Stage.INVALID);
    assertThatThrownBy(
            () ->
                new Stage(StageId.newId(), "Lost", Percent.ZERO, StageOutcome.LOST, Set.of(), true))
        .hasFieldOrPropertyWithValue("code", Stage.INVALID);
  }

  @Test
  void aRevision_keepsStageIds_andRefusesToDropAStageInUse_namingHowMany() {
    Pipeline pipeline = Pipeline.standard(T0);
    Stage proposal = pipeline.stages().get(2);
    List<Stage> renamed = new ArrayList<>(pipeline.stages());
    renamed.set(
        2,
        new Stage(
            proposal.id(),
            "Quote",
            proposal.probability(),
            proposal.outcome(),
            proposal.requiredToEnter(),
            false));
    pipeline.revise("Standard", renamed, Map.of(proposal.id(), 4L), T0.plusSeconds(1));
    assertThat(pipeline.stage(proposal.id()).name()).isEqualTo("Quote");

    List<Stage> withoutQuote = new ArrayList<>(renamed);
    withoutQuote.remove(2);
    assertThatThrownBy(
            () -> pipeline.revise("Standard", withoutQuote, Map.of(proposal.id(), 4L), T0))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("code", Pipeline.STAGE_IN_USE)
        .hasMessageContaining("4 opportunities");
    pipeline.revise("Standard", withoutQuote, Map.of(), T0.plusSeconds(2));
    assertThat(pipeline.find(proposal.id())).isEmpty();
  }
}
