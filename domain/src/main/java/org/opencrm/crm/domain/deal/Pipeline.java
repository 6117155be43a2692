package org.opencrm.crm.domain.deal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * A sales pipeline (销售流程) that admins configure: its open stages in order, then the won and the
 * lost stage. Stages keep their ids through renames and reorders; a stage that opportunities are in
 * cannot be removed.
 */
public final class Pipeline {

  public static final String INVALID = "pipeline.invalid";
  public static final String STAGE_IN_USE = "pipeline.stage-in-use";
  public static final String STAGE_UNKNOWN = "pipeline.stage-unknown";
  public static final String NAME_TAKEN = "pipeline.name-taken";
  public static final String UNKNOWN = "pipeline.unknown";
  public static final int MAX_STAGES = 20;

  /** The standard pipeline's id, the same in every installation; the default for new deals. */
  public static final PipelineId STANDARD =
      new PipelineId(UUID.fromString("7e1f0000-0000-4000-8000-000000000000"));

  private final PipelineId id;
  private String name;
  private List<Stage> stages;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;

  private Pipeline(
      PipelineId id,
      String name,
      List<Stage> stages,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = id;
    this.name = Text.required("name", name, 100);
    this.stages = checked(stages);
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  public static Pipeline create(String name, List<Stage> stages, Instant now) {
    return new Pipeline(PipelineId.newId(), name, stages, now, now, 0);
  }

  /**
   * The pipeline of a new installation: qualification 10 %, needs analysis 30 %, proposal 50 %
   * (needs an amount and a close date), negotiation 70 % (commit), won, lost.
   */
  public static Pipeline standard(Instant now) {
    Set<DealField> valued = Set.of(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE);
    return new Pipeline(
        STANDARD,
        "Standard",
        List.of(
            standardStage(1, "Qualification", "10", StageOutcome.OPEN, Set.of(), false),
            standardStage(2, "Needs analysis", "30", StageOutcome.OPEN, Set.of(), false),
            standardStage(3, "Proposal", "50", StageOutcome.OPEN, valued, false),
            standardStage(4, "Negotiation", "70", StageOutcome.OPEN, valued, true),
            standardStage(5, "Won", "100", StageOutcome.WON, Set.of(), false),
            standardStage(6, "Lost", "0", StageOutcome.LOST, Set.of(), false)),
        now,
        now,
        0);
  }

  private static Stage standardStage(
      int number,
      String name,
      String probability,
      StageOutcome outcome,
      Set<DealField> required,
      boolean commit) {
    UUID id = UUID.fromString("7e1f0000-0000-4000-8000-00000000000" + number);
    return new Stage(new StageId(id), name, Percent.of(probability), outcome, required, commit);
  }

  public static Pipeline restore(
      PipelineId id,
      String name,
      List<Stage> stages,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    return new Pipeline(id, name, stages, createdAt, updatedAt, version);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw new VersionConflictException("pipeline", id, expected, version);
    }
  }

  /**
   * New stages: renamed, reordered, added or removed. A stage that keeps its id keeps its history;
   * one removed while opportunities are in it is refused, naming how many.
   *
   * @param opportunitiesIn how many opportunities each current stage holds (absent: none)
   */
  public void revise(
      String newName, List<Stage> newStages, Map<StageId, Long> opportunitiesIn, Instant now) {
    List<Stage> checked = checked(newStages);
    Set<StageId> kept = new HashSet<>();
    checked.forEach(stage -> kept.add(stage.id()));
    for (Stage stage : stages) {
      long held = opportunitiesIn.getOrDefault(stage.id(), 0L);
      if (!kept.contains(stage.id()) && held > 0) {
        throw new RuleViolationException(
            STAGE_IN_USE,
            "The stage \"" + stage.name() + "\" holds " + held + " opportunities; move them first");
      }
    }
    name = Text.required("name", newName, 100);
    stages = checked;
    updatedAt = now;
  }

  private static List<Stage> checked(List<Stage> stages) {
    if (stages == null || stages.size() < 3 || stages.size() > MAX_STAGES) {
      throw new InvalidValueException(
          INVALID,
          "stages",
          "A pipeline has from 3 to " + MAX_STAGES + " stages: open ones, then won and lost");
    }
    Set<String> names = new HashSet<>();
    Set<StageId> ids = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      if (!names.add(stage.name().toLowerCase(Locale.ROOT)) || !ids.add(stage.id())) {
        throw new InvalidValueException(
            INVALID, "stages[" + i + "].name", "Two stages are named \"" + stage.name() + "\"");
      }
      StageOutcome expected =
          i < stages.size() - 2
              ? StageOutcome.OPEN
              : i == stages.size() - 2 ? StageOutcome.WON : StageOutcome.LOST;
      if (stage.outcome() != expected) {
        throw new InvalidValueException(
            INVALID,
            "stages[" + i + "].outcome",
            "Open stages come first, then one won stage, then one lost stage");
      }
    }
    return List.copyOf(stages);
  }

  public Stage stage(StageId stageId) {
    return find(stageId)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    STAGE_UNKNOWN, "stageId", "The pipeline " + name + " has no such stage"));
  }

  public Optional<Stage> find(StageId stageId) {
    return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst();
  }

  public Stage firstOpen() {
    return stages.get(0);
  }

  public Stage won() {
    return stages.get(stages.size() - 2);
  }

  public Stage lost() {
    return stages.get(stages.size() - 1);
  }

  public PipelineId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public List<Stage> stages() {
    return stages;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
