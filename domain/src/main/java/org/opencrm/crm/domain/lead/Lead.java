package org.opencrm.crm.domain.lead;

import static org.opencrm.crm.domain.shared.history.AuditStates.put;

import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.event.EventSource;
import org.opencrm.crm.domain.shared.event.EventTrail;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * A possible customer not yet qualified (线索). It sits in the shared pool (公海) with no owner, or is
 * held by one rep; it ends converted into a customer or disqualified.
 *
 * <p>Invariants: a pooled lead has no owner and a held one has one, with the instant it was taken;
 * a closed lead (converted or disqualified) no longer changes; every transition moves {@code
 * updatedAt}. Whether a rep may take a lead is the {@link PoolPolicy}'s rules', checked before.
 * Every change records a {@link LeadEvent}.
 */
public final class Lead implements EventSource {

  public static final String NOT_IN_POOL = "lead.not-in-pool";
  public static final String NOT_HELD = "lead.not-held";
  public static final String CLOSED = "lead.closed";
  public static final String ALREADY_CONVERTED = "lead.already-converted";
  public static final String ALREADY_HELD = "lead.already-held-by-rep";

  private final LeadId id;
  private LeadProfile profile;
  private LeadStatus status;
  private UserId owner;
  private TeamId team;
  private Instant heldSince;
  private Instant lastFollowUpAt;
  private String closeReason;
  private UUID customerId;
  private int score;
  private String grade;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;
  private final EventTrail trail = new EventTrail(LeadEvent.PERSONAL_FIELDS::contains);

  private Lead(
      LeadId id,
      LeadProfile profile,
      LeadStatus status,
      UserId owner,
      TeamId team,
      Instant heldSince,
      Instant lastFollowUpAt,
      String closeReason,
      UUID customerId,
      int score,
      String grade,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = Objects.requireNonNull(id);
    this.profile = Objects.requireNonNull(profile);
    this.status = Objects.requireNonNull(status);
    this.owner = owner;
    this.team = team;
    this.heldSince = heldSince;
    this.lastFollowUpAt = lastFollowUpAt;
    this.closeReason = closeReason;
    this.customerId = customerId;
    this.score = score;
    this.grade = grade;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  /** A new lead in the pool. */
  public static Lead pooled(LeadProfile profile, Instant now) {
    return fresh(profile, LeadStatus.POOL, null, null, null, now).captured(now);
  }

  /** A new lead held by the rep who captured it. */
  public static Lead heldBy(LeadProfile profile, UserId rep, TeamId team, Instant now) {
    return fresh(profile, LeadStatus.OWNED, Objects.requireNonNull(rep), team, now, now)
        .captured(now);
  }

  private Lead captured(Instant now) {
    trail.record(
        trail.beginCreation(),
        this,
        changes -> new LeadEvent.Captured(id, owner, team, now, changes));
    return this;
  }

  private static Lead fresh(
      LeadProfile profile,
      LeadStatus status,
      UserId owner,
      TeamId team,
      Instant heldSince,
      Instant now) {
    return new Lead(
        LeadId.newId(),
        profile,
        status,
        owner,
        team,
        heldSince,
        null,
        null,
        null,
        0,
        null,
        now,
        now,
        0);
  }

  public static Lead restore(
      LeadId id,
      LeadProfile profile,
      LeadStatus status,
      UserId owner,
      TeamId team,
      Instant heldSince,
      Instant lastFollowUpAt,
      String closeReason,
      UUID customerId,
      int score,
      String grade,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    return new Lead(
        id,
        profile,
        status,
        owner,
        team,
        heldSince,
        lastFollowUpAt,
        closeReason,
        customerId,
        score,
        grade,
        createdAt,
        updatedAt,
        version);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw new VersionConflictException("lead", id, expected, version);
    }
  }

  /**
   * A command may name the version the caller read (null: none); if it does, it must be current.
   */
  public void checkVersionIfSent(Long expected) {
    if (expected != null) {
      checkVersion(expected);
    }
  }

  public void revise(LeadProfile newProfile, Instant now) {
    ensureOpen();
    if (!newProfile.equals(profile)) {
      var before = trail.begin(this);
      profile = newProfile;
      updatedAt = now;
      trail.record(before, this, changes -> new LeadEvent.Updated(id, now, changes));
    }
  }

  /** A rep takes the lead from the pool (领取). */
  public void claim(UserId rep, TeamId repTeam, Instant now) {
    ensureOpen();
    if (status != LeadStatus.POOL) {
      throw new RuleViolationException(NOT_IN_POOL, "The lead " + id + " is not in the pool");
    }
    var before = trail.begin(this);
    hold(rep, repTeam, now);
    trail.record(before, this, changes -> new LeadEvent.Claimed(id, rep, repTeam, now, changes));
  }

  /** A manager hands the lead, pooled or held, to a rep (分配). */
  public void assign(UserId rep, TeamId repTeam, Instant now) {
    ensureOpen();
    if (status == LeadStatus.OWNED && rep.equals(owner)) {
      throw new RuleViolationException(ALREADY_HELD, "The lead " + id + " is already that rep's");
    }
    var before = trail.begin(this);
    UserId previousOwner = owner;
    hold(rep, repTeam, now);
    trail.record(
        before,
        this,
        changes -> new LeadEvent.Assigned(id, rep, repTeam, previousOwner, now, changes));
  }

  /** The holder gives the lead back to the pool (退回), saying why. */
  public void release(String reason, Instant now) {
    String why = Text.required("reason", reason, 500);
    var before = trail.begin(this);
    UserId previousOwner = unhold(now);
    trail.record(
        before, this, changes -> new LeadEvent.Released(id, previousOwner, why, now, changes));
  }

  /**
   * The policy's deadline passed: the lead goes back to the pool (自动回收); {@code explanation} says
   * which rule and when.
   */
  public void returnToPool(String explanation, Instant now) {
    var before = trail.begin(this);
    UserId previousOwner = unhold(now);
    trail.record(
        before,
        this,
        changes -> new LeadEvent.ReturnedToPool(id, previousOwner, explanation, now, changes));
  }

  private UserId unhold(Instant now) {
    ensureOpen();
    if (status != LeadStatus.OWNED) {
      throw new RuleViolationException(NOT_HELD, "The lead " + id + " is not held by anyone");
    }
    UserId previousOwner = owner;
    status = LeadStatus.POOL;
    owner = null;
    team = null;
    heldSince = null;
    lastFollowUpAt = null;
    updatedAt = now;
    return previousOwner;
  }

  /** Closes the lead as not worth pursuing; the reason is kept. */
  public void disqualify(String reason, Instant now) {
    String why = Text.required("reason", reason, 500);
    ensureOpen();
    var before = trail.begin(this);
    status = LeadStatus.DISQUALIFIED;
    closeReason = why;
    updatedAt = now;
    trail.record(before, this, changes -> new LeadEvent.Disqualified(id, why, now, changes));
  }

  /** Closes the lead as converted into the customer with this id. */
  public void convertInto(UUID customer, Instant now) {
    ensureOpen();
    if (status != LeadStatus.OWNED) {
      throw new RuleViolationException(NOT_HELD, "Claim the lead " + id + " before converting it");
    }
    var before = trail.begin(this);
    status = LeadStatus.CONVERTED;
    customerId = Objects.requireNonNull(customer);
    updatedAt = now;
    trail.record(before, this, changes -> new LeadEvent.Converted(id, customer, now, changes));
  }

  /** The score and grade under the scoring model in force: derived data, open or closed. */
  public void rescore(ScoreCard card) {
    score = card.score();
    grade = card.grade();
  }

  /** A follow-up happened: the auto-return clock starts again from it. */
  public void followedUp(Instant occurredAt, Instant now) {
    ensureOpen();
    if (lastFollowUpAt == null || occurredAt.isAfter(lastFollowUpAt)) {
      lastFollowUpAt = occurredAt;
      updatedAt = now;
    }
  }

  private void hold(UserId rep, TeamId repTeam, Instant now) {
    owner = Objects.requireNonNull(rep);
    team = repTeam;
    status = LeadStatus.OWNED;
    heldSince = now;
    lastFollowUpAt = null;
    updatedAt = now;
  }

  private void ensureOpen() {
    if (status == LeadStatus.CONVERTED) {
      throw new RuleViolationException(
          ALREADY_CONVERTED, "The lead " + id + " is already converted");
    }
    if (status.isClosed()) {
      throw new RuleViolationException(CLOSED, "The lead " + id + " is " + status);
    }
  }

  @Override
  public RecordedChanges takeRecordedChanges() {
    return trail.take();
  }

  @Override
  public SortedMap<String, String> auditState() {
    SortedMap<String, String> state = new TreeMap<>();
    put(state, "personName", profile.personName());
    put(state, "company", profile.company());
    put(state, "title", profile.title());
    put(
        state,
        "phones",
        profile.phones().isEmpty()
            ? null
            : profile.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining(",")));
    put(state, "email", profile.email());
    put(state, "unifiedSocialCreditCode", profile.creditCode());
    put(state, "source", profile.source());
    put(state, "industry", profile.industry());
    put(state, "sizeBand", profile.sizeBand());
    put(state, "region.province", profile.region().province());
    put(state, "region.city", profile.region().city());
    put(state, "notes", profile.notes());
    put(
        state,
        "tags",
        profile.tags().values().isEmpty() ? null : String.join(",", profile.tags().values()));
    put(state, "status", status);
    put(state, "ownerId", owner);
    put(state, "team", team);
    put(state, "closeReason", closeReason);
    put(state, "customerId", customerId);
    return state;
  }

  public LeadId id() {
    return id;
  }

  public LeadProfile profile() {
    return profile;
  }

  public LeadStatus status() {
    return status;
  }

  public UserId owner() {
    return owner;
  }

  public TeamId team() {
    return team;
  }

  public Instant heldSince() {
    return heldSince;
  }

  public Instant lastFollowUpAt() {
    return lastFollowUpAt;
  }

  public String closeReason() {
    return closeReason;
  }

  public UUID customerId() {
    return customerId;
  }

  public int score() {
    return score;
  }

  public String grade() {
    return grade;
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
