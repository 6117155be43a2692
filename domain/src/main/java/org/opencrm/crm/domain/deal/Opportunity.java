package org.opencrm.crm.domain.deal;

import static org.opencrm.crm.domain.shared.history.AuditStates.put;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.event.EventSource;
import org.opencrm.crm.domain.shared.event.EventTrail;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * An opportunity (商机): a deal with a customer moving through a pipeline's stages until it is won or
 * lost. Entering a stage needs what the stage requires; moving backwards is allowed; every visit to
 * a stage is kept with its entry and exit times, for time-in-stage and stage conversion.
 */
public final class Opportunity implements EventSource {

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
  private final EventTrail trail = new EventTrail(field -> false);

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
    Opportunity opened =
        new Opportunity(
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
    opened.trail.record(
        opened.trail.beginCreation(),
        opened,
        changes -> new OpportunityEvent.Opened(opened.id, customer, owner, team, now, changes));
    return opened;
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
      var before = trail.begin(this);
      details = revised;
      updatedAt = now;
      trail.record(before, this, changes -> new OpportunityEvent.Updated(id, now, changes));
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
    var before = trail.begin(this);
    StageId from = stage;
    enter(next, now);
    trail.record(
        before,
        this,
        changes -> new OpportunityEvent.StageChanged(id, from, next.id(), now, changes));
  }

  /** Won: into the pipeline's won stage. */
  public void win(Pipeline of, Instant now) {
    ensureOpen();
    var before = trail.begin(this);
    status = OpportunityStatus.WON;
    enter(of.won(), now);
    trail.record(before, this, changes -> new OpportunityEvent.Won(id, now, changes));
  }

  /** Lost, for a reason (one of the admins' list, checked by the caller). */
  public void lose(String reason, Pipeline of, Instant now) {
    ensureOpen();
    String why = Text.required("reason", reason, 200);
    var before = trail.begin(this);
    status = OpportunityStatus.LOST;
    lostReason = why;
    enter(of.lost(), now);
    trail.record(before, this, changes -> new OpportunityEvent.Lost(id, why, now, changes));
  }

  /** Open again, in the last open stage it was in (or the first one if that is gone). */
  public void reopen(Pipeline of, Instant now) {
    if (status == OpportunityStatus.OPEN) {
      throw new RuleViolationException(NOT_CLOSED, "The opportunity is open already");
    }
    Stage back = lastOpenStage(of).orElse(of.firstOpen());
    var before = trail.begin(this);
    status = OpportunityStatus.OPEN;
    lostReason = null;
    enter(back, now);
    trail.record(before, this, changes -> new OpportunityEvent.Reopened(id, now, changes));
  }

  /** What it is worth weighted by its stage's probability; empty without a value. */
  public Optional<Money> weightedAmount(Pipeline of) {
    return details.value() == null
        ? Optional.empty()
        : Optional.of(of.stage(stage).weigh(details.value().total()));
  }

  /** When it was won or lost; null while open. */
  public Instant closedAt() {
    return status == OpportunityStatus.OPEN ? null : visits.get(visits.size() - 1).enteredAt();
  }

  public void transferTo(UserId newOwner, TeamId newTeam, Instant now) {
    if (!newOwner.equals(owner) || !Objects.equals(newTeam, team)) {
      var before = trail.begin(this);
      UserId previous = owner;
      owner = newOwner;
      team = newTeam;
      updatedAt = now;
      trail.record(
          before,
          this,
          changes ->
              new OpportunityEvent.Transferred(id, newOwner, newTeam, previous, now, changes));
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

  @Override
  public RecordedChanges takeRecordedChanges() {
    return trail.take();
  }

  @Override
  public SortedMap<String, String> auditState() {
    SortedMap<String, String> state = new TreeMap<>();
    put(state, "name", details.name());
    put(state, "amount", details.value() == null ? null : details.value().total());
    put(
        state,
        "lineItems",
        details.value() == null || !details.value().hasLines()
            ? null
            : details.value().lines().size());
    put(state, "expectedCloseDate", details.expectedCloseDate());
    put(state, "source", details.source());
    put(state, "nextStep", details.nextStep());
    put(state, "competitor", details.competitor());
    put(
        state,
        "contacts",
        details.contacts().isEmpty()
            ? null
            : details.contacts().stream()
                .map(c -> c.contactId() + (c.role() == null ? "" : ":" + c.role()))
                .sorted()
                .collect(Collectors.joining(",")));
    put(state, "stageId", stage);
    put(state, "status", status);
    put(state, "lostReason", lostReason);
    put(state, "ownerId", owner);
    put(state, "team", team);
    return state;
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
