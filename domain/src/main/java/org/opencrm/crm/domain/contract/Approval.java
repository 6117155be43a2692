package org.opencrm.crm.domain.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;

/**
 * A contract's way through its approvals (审批流程): the levels the policy asked for, approved one
 * after the other; one rejection ends it, with the approver's comment. Nobody approves their own
 * contract; a manager approves only for their own team.
 */
public final class Approval {

  public static final String SELF_APPROVAL = "approval.own-contract";
  public static final String NOT_APPROVER = "approval.not-approver";
  public static final String NOT_PENDING = "approval.not-pending";

  /** One decision taken. */
  public record Decision(
      ApprovalLevel level, UserId by, boolean approved, String comment, Instant at) {}

  private final UserId owner;
  private final TeamId team;
  private final List<ApprovalLevel> levels;
  private final List<Decision> decisions;

  private Approval(
      UserId owner, TeamId team, List<ApprovalLevel> levels, List<Decision> decisions) {
    this.owner = owner;
    this.team = team;
    this.levels = List.copyOf(levels);
    this.decisions = new ArrayList<>(decisions);
  }

  /** Asked for the levels the policy names (none: approved at once). */
  public static Approval requested(UserId owner, TeamId team, List<ApprovalLevel> levels) {
    return new Approval(owner, team, levels, List.of());
  }

  public static Approval restore(
      UserId owner, TeamId team, List<ApprovalLevel> levels, List<Decision> decisions) {
    return new Approval(owner, team, levels, decisions);
  }

  /** The level waiting for a decision, if any. */
  public Optional<ApprovalLevel> pendingLevel() {
    if (rejected() || decisions.size() >= levels.size()) {
      return Optional.empty();
    }
    return Optional.of(levels.get(decisions.size()));
  }

  /** Whether this actor may decide the pending level. */
  public boolean canDecide(Actor actor) {
    return pendingLevel().filter(level -> qualifies(actor, level)).isPresent()
        && !actor.id().equals(owner);
  }

  public void approve(Actor actor, String comment, Instant now) {
    decide(actor, true, Text.optional("comment", comment, 1000), now);
  }

  /** Ends the approval; the contract goes back to draft with the comment, which is required. */
  public void reject(Actor actor, String comment, Instant now) {
    decide(actor, false, Text.required("comment", comment, 1000), now);
  }

  private void decide(Actor actor, boolean approved, String comment, Instant now) {
    ApprovalLevel level =
        pendingLevel()
            .orElseThrow(
                () -> new RuleViolationException(NOT_PENDING, "Nothing waits for a decision"));
    if (actor.id().equals(owner)) {
      throw new AccessDeniedException(SELF_APPROVAL, "Nobody approves their own contract");
    }
    if (!qualifies(actor, level)) {
      throw new AccessDeniedException(
          NOT_APPROVER,
          level == ApprovalLevel.ADMIN
              ? "This step needs an admin"
              : "This step needs a manager of the contract's team");
    }
    decisions.add(new Decision(level, actor.id(), approved, comment, now));
  }

  private boolean qualifies(Actor actor, ApprovalLevel level) {
    return switch (level) {
      case ADMIN -> actor.has(Role.ADMIN);
      case TEAM_MANAGER ->
          actor.has(Role.ADMIN)
              || (actor.has(Role.MANAGER) && team != null && team.equals(actor.team()));
    };
  }

  public boolean approved() {
    return !rejected() && decisions.size() == levels.size();
  }

  public boolean rejected() {
    return decisions.stream().anyMatch(decision -> !decision.approved());
  }

  /** The rejecting approver's comment, if rejected. */
  public Optional<String> rejection() {
    return decisions.stream().filter(d -> !d.approved()).map(Decision::comment).findFirst();
  }

  public List<ApprovalLevel> levels() {
    return levels;
  }

  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }
}
