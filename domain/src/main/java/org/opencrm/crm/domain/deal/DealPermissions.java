package org.opencrm.crm.domain.deal;

import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/**
 * Who works with opportunities at all (which ones, is the data scope's business): reps, managers
 * and admins work them; service staff read them; only managers and admins reopen a closed one.
 * Pipelines and lost reasons are configuration: admins keep them, everyone who sells, serves or
 * reports reads them.
 */
public final class DealPermissions {

  public static final String READ_DENIED = "opportunity.read-not-allowed";
  public static final String WRITE_DENIED = "opportunity.write-not-allowed";
  public static final String REOPEN_DENIED = "opportunity.reopen-not-allowed";
  public static final String CONFIGURATION_READ_DENIED = "pipeline.read-not-allowed";
  public static final String CONFIGURE_DENIED = "pipeline.admin-only";

  private DealPermissions() {}

  public static void checkRead(Actor actor) {
    if (!(actor.has(Role.ADMIN)
        || actor.has(Role.MANAGER)
        || actor.has(Role.SALES)
        || actor.has(Role.SERVICE))) {
      throw new AccessDeniedException(READ_DENIED, "Your role may not read opportunities");
    }
  }

  public static void checkWrite(Actor actor) {
    if (!(actor.has(Role.ADMIN) || actor.has(Role.MANAGER) || actor.has(Role.SALES))) {
      throw new AccessDeniedException(WRITE_DENIED, "Your role may not change opportunities");
    }
  }

  public static void checkReopen(Actor actor) {
    if (!(actor.has(Role.ADMIN) || actor.has(Role.MANAGER))) {
      throw new AccessDeniedException(
          REOPEN_DENIED, "Only a manager or an admin reopens a won or lost opportunity");
    }
  }

  public static void checkReadConfiguration(Actor actor) {
    if (!(actor.has(Role.ADMIN)
        || actor.has(Role.MANAGER)
        || actor.has(Role.SALES)
        || actor.has(Role.SERVICE)
        || actor.has(Role.ANALYST))) {
      throw new AccessDeniedException(
          CONFIGURATION_READ_DENIED, "Your role may not read the deal configuration");
    }
  }

  public static void checkConfigure(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(
          CONFIGURE_DENIED, "Only admins configure pipelines and lost reasons");
    }
  }
}
