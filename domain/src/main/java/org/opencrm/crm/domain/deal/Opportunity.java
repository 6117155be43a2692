package org.opencrm.crm.domain.deal;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * An opportunity (商机): a deal with a customer moving through a pipeline's stages until it is won or
 * lost. Entering a stage needs what the stage requires; moving backwards is allowed; every visit to
 * a stage is kept with its entry and exit times, for time-in-stage and stage conversion.
 */
public final class Opportunity {

  public static final String NOT_OPEN = "opportunity.not-open";
  public static final String NOT_CLOSED = "opportunity.not-closed";
  public static final String CLOSED_STAGE = "opportunity.closed-stage";

  private final OpportunityId id;
  private final CustomerId customer;
  private final PipelineId pipeline;
  private OpportunityDetails details;
  private StageId stage;
  private OpportunityStatus status;
  private String lostReason;
  private UserId owner;
  private TeamId team;
  private final List<StageVisit> visits;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;

  private Opportunity(
      OpportunityId id,
      CustomerId customer,
      PipelineId pipeline,
      OpportunityDetails details,
      StageId stage,
      OpportunityStatus status,
      String lostReason,
      UserId owner,
      TeamId team,
      List<StageVisit> visits,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = id;
    this.customer = customer;
    this.pipeline = pipeline;
    this.details = details;
    this.stage = stage;
    this.status = status;
    this.lostReason = lostReason;
    this.owner = owner;
    this.team = team;
    this.visits = new ArrayList<>(visits);
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  /** A new open opportunity in the given open stage of the pipeline, or its first one. */
  public static Opportunity open(
      CustomerId customer,
      OpportunityDetails details,
      Pipeline pipeline,
      StageId stageId,
      UserId owner,
      TeamId team,
      Instant now) {
    Stage first = stageId == null ? pipeline.firstOpen() : pipeline.stage(stageId);
    requireOpen(first);
    checkRequirements(first, details);
    return new Opportunity(
        OpportunityId.newId(),
        customer,
        pipeline.id(),
        details,
        first.id(),
        OpportunityStatus.OPEN,
        null,
        owner,
        team,
        List.of(new StageVisit(first.id(), now, null)),
        now,
        now,
        0);
  }

  public static Opportunity restore(
      OpportunityId id,
      CustomerId customer,
      PipelineId pipeline,
      OpportunityDetails details,
      StageId stage,
      OpportunityStatus status,
      String lostReason,
      UserId owner,
      TeamId team,
      List<StageVisit> visits,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    return new Opportunity(
        id,
        customer,
        pipeline,
        details,
        stage,
        status,
        lostReason,
        owner,
        team,
        visits,
        createdAt,
        updatedAt,
        version);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw new VersionConflictException("opportunity", id, expected, version);
    }
  }

  /** New details; the current stage's requirements still hold. */
  public void revise(OpportunityDetails revised, Pipeline of, Instant now) {
    ensureOpen();
    checkRequirements(of.stage(stage), revised);
    if (!revised.equals(details)) {
      details = revised;
      updatedAt = now;
    }
  }

  /** To another open stage of its pipeline, forwards (with its requirements) or backwards. */
  public void moveTo(StageId target, Pipeline of, Instant now) {
    ensureOpen();
    Stage next = of.stage(target);
    requireOpen(next);
    if (next.id().equals(stage)) {
      return;
    }
    checkRequirements(next, details);
    enter(next, now);
  }

  /** Won: into the pipeline's won stage. */
  public void win(Pipeline of, Instant now) {
    ensureOpen();
    status = OpportunityStatus.WON;
    enter(of.won(), now);
  }

  /** Lost, for a reason (one of the admins' list, checked by the caller). */
  public void lose(String reason, Pipeline of, Instant now) {
    ensureOpen();
    String why = Text.required("reason", reason, 200);
    status = OpportunityStatus.LOST;
    lostReason = why;
    enter(of.lost(), now);
  }

  /** Open again, in the last open stage it was in (or the first one if that is gone). */
  public void reopen(Pipeline of, Instant now) {
    if (status == OpportunityStatus.OPEN) {
      throw new RuleViolationException(NOT_CLOSED, "The opportunity is open already");
    }
    Stage back = lastOpenStage(of).orElse(of.firstOpen());
    status = OpportunityStatus.OPEN;
    lostReason = null;
    enter(back, now);
  }

  /**
   * What it is worth weighted by its stage's probability, half up to the cent; empty without a
   * value.
   */
  public Optional<Money> weightedAmount(Pipeline of) {
    if (details.value() == null) {
      return Optional.empty();
    }
    Money total = details.value().total();
    return Optional.of(
        new Money(
            total
                .amount()
                .multiply(of.stage(stage).probability().fraction())
                .setScale(total.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP),
            total.currency()));
  }

  public void transferTo(UserId newOwner, TeamId newTeam, Instant now) {
    if (!newOwner.equals(owner) || !Objects.equals(newTeam, team)) {
      owner = newOwner;
      team = newTeam;
      updatedAt = now;
    }
  }

  private Optional<Stage> lastOpenStage(Pipeline of) {
    for (int i = visits.size() - 1; i >= 0; i--) {
      Optional<Stage> visited = of.find(visits.get(i).stage()).filter(Stage::isOpen);
      if (visited.isPresent()) {
        return visited;
      }
    }
    return Optional.empty();
  }

  private void enter(Stage next, Instant now) {
    int last = visits.size() - 1;
    visits.set(last, visits.get(last).left(now));
    visits.add(new StageVisit(next.id(), now, null));
    stage = next.id();
    updatedAt = now;
  }

  private void ensureOpen() {
    if (status != OpportunityStatus.OPEN) {
      throw new RuleViolationException(
          NOT_OPEN, "The opportunity is " + status + "; reopen it first");
    }
  }

  private static void requireOpen(Stage target) {
    if (!target.isOpen()) {
      throw new InvalidValueException(
          CLOSED_STAGE, "stageId", "Won and lost are reached by winning or losing, not by a move");
    }
  }

  private static void checkRequirements(Stage target, OpportunityDetails details) {
    List<DealField> missing =
        target.requiredToEnter().stream()
            .filter(field -> !details.present().contains(field))
            .sorted()
            .toList();
    if (!missing.isEmpty()) {
      throw new StageRequirementsException(target, missing);
    }
  }

  public OpportunityId id() {
    return id;
  }

  public CustomerId customer() {
    return customer;
  }

  public PipelineId pipeline() {
    return pipeline;
  }

  public OpportunityDetails details() {
    return details;
  }

  public StageId stage() {
    return stage;
  }

  public OpportunityStatus status() {
    return status;
  }

  public String lostReason() {
    return lostReason;
  }

  public UserId owner() {
    return owner;
  }

  public TeamId team() {
    return team;
  }

  /** Every stage it was in, oldest first; the last one has no exit time. */
  public List<StageVisit> visits() {
    return List.copyOf(visits);
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
