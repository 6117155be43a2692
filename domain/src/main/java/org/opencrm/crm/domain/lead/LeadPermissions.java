package org.opencrm.crm.domain.lead;

import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/**
 * Which roles work with leads: sales reps, managers and admins capture and work them; integration
 * clients (web forms, partner systems) only capture, into the pool; only managers and admins assign
 * leads, let a duplicate in, change a pooled lead without claiming it or try out pool policies;
 * only admins set the pool policy and the scoring model. Every lead-related role check is here.
 */
public final class LeadPermissions {

  public static final String NOT_ALLOWED = "lead.not-allowed";
  public static final String ASSIGN_NOT_ALLOWED = "lead.assign-not-allowed";
  public static final String ASSIGN_OUTSIDE_TEAM = "lead.assign-outside-team";
  public static final String DUPLICATE_OVERRIDE_NOT_ALLOWED = "lead.duplicate-override-not-allowed";
  public static final String CLAIM_FIRST = "lead.claim-first";
  public static final String POOL_POLICY_ADMIN_ONLY = "pool.policy-admin-only";
  public static final String POOL_SIMULATION_NOT_ALLOWED = "pool.simulate-not-allowed";
  public static final String SCORING_ADMIN_ONLY = "scoring.admin-only";

  private LeadPermissions() {}

  public static boolean isRep(Actor actor) {
    return actor.has(Role.ADMIN) || actor.has(Role.MANAGER) || actor.has(Role.SALES);
  }

  public static void checkCapture(Actor actor) {
    if (!isRep(actor) && !actor.has(Role.INTEGRATION)) {
      throw new AccessDeniedException(NOT_ALLOWED, "Your role may not capture leads");
    }
  }

  public static void checkWork(Actor actor) {
    if (!isRep(actor)) {
      throw new AccessDeniedException(NOT_ALLOWED, "Your role may not work with leads");
    }
  }

  /** Managers assign within their team, admins to anyone. */
  public static void checkAssign(Actor actor, String targetTeam) {
    if (actor.has(Role.ADMIN)) {
      return;
    }
    if (!actor.has(Role.MANAGER)) {
      throw new AccessDeniedException(
          ASSIGN_NOT_ALLOWED, "Only a manager or an admin may assign leads");
    }
    if (actor.team() == null || !actor.team().value().equals(targetTeam)) {
      throw new AccessDeniedException(
          ASSIGN_OUTSIDE_TEAM, "A manager assigns leads only to reps of their own team");
    }
  }

  /** Letting an exact duplicate in is a manager's or an admin's decision, never a rep's. */
  public static void checkDuplicateOverride(Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.MANAGER)) {
      throw new AccessDeniedException(
          DUPLICATE_OVERRIDE_NOT_ALLOWED,
          "Only a manager or an admin may create a lead that duplicates an existing party");
    }
  }

  /** A pooled lead is changed by managers and admins; a rep claims it first. */
  public static void checkChange(Actor actor, Lead lead) {
    if (lead.status() == LeadStatus.POOL && !(actor.has(Role.ADMIN) || actor.has(Role.MANAGER))) {
      throw new AccessDeniedException(
          CLAIM_FIRST, "Claim the lead " + lead.id() + " to work on it");
    }
  }

  public static void checkSetPoolPolicy(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(POOL_POLICY_ADMIN_ONLY, "Only an admin sets the pool policy");
    }
  }

  public static void checkSimulatePoolPolicy(Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.MANAGER)) {
      throw new AccessDeniedException(
          POOL_SIMULATION_NOT_ALLOWED, "Only a manager or an admin tries out pool policies");
    }
  }

  public static void checkChangeScoring(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(
          SCORING_ADMIN_ONLY, "Only an admin changes the scoring model");
    }
  }
}
