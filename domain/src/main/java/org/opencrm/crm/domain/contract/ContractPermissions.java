package org.opencrm.crm.domain.contract;

import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/**
 * Who works with contracts at all (which ones, is the data scope's business): reps, managers and
 * admins draft and work them; service staff read them; managers and admins let a duplicate in;
 * admins keep the contract settings (number pattern, approval rules).
 */
public final class ContractPermissions {

  public static final String READ_DENIED = "contract.read-not-allowed";
  public static final String WRITE_DENIED = "contract.write-not-allowed";
  public static final String DUPLICATE_OVERRIDE_DENIED = "contract.duplicate-override-not-allowed";
  public static final String SETTINGS_DENIED = "contract-settings.admin-only";
  public static final String APPROVE_DENIED = "contract.approve-not-allowed";

  private ContractPermissions() {}

  public static void checkRead(Actor actor) {
    if (!(actor.has(Role.ADMIN)
        || actor.has(Role.MANAGER)
        || actor.has(Role.SALES)
        || actor.has(Role.SERVICE))) {
      throw new AccessDeniedException(READ_DENIED, "Your role may not read contracts");
    }
  }

  public static void checkWrite(Actor actor) {
    if (!(actor.has(Role.ADMIN) || actor.has(Role.MANAGER) || actor.has(Role.SALES))) {
      throw new AccessDeniedException(WRITE_DENIED, "Your role may not change contracts");
    }
  }

  public static void checkDuplicateOverride(Actor actor) {
    if (!(actor.has(Role.ADMIN) || actor.has(Role.MANAGER))) {
      throw new AccessDeniedException(
          DUPLICATE_OVERRIDE_DENIED, "Only a manager or an admin lets a duplicate contract in");
    }
  }

  /** Managers and admins approve (which contracts, is the approval's business). */
  public static void checkApprove(Actor actor) {
    if (!(actor.has(Role.ADMIN) || actor.has(Role.MANAGER))) {
      throw new AccessDeniedException(APPROVE_DENIED, "Only managers and admins approve contracts");
    }
  }

  public static void checkSettings(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(SETTINGS_DENIED, "Only admins keep the contract settings");
    }
  }
}
