package org.opencrm.crm.domain.user;

import java.util.Objects;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/**
 * Who may look into and keep the user directory: everyone sees their own entry; managers browse
 * their team's members; admins browse everyone, register people before their first sign-in and
 * deactivate them.
 */
public final class DirectoryPermissions {

  public static final String BROWSE_DENIED = "user.browse-not-allowed";
  public static final String MANAGE_DENIED = "user.manage-not-allowed";
  public static final String DEACTIVATED = "user.deactivated";

  private DirectoryPermissions() {}

  public static void checkBrowse(Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.MANAGER)) {
      throw new AccessDeniedException(
          BROWSE_DENIED, "Only managers (their team) and admins browse the user directory");
    }
  }

  public static void checkManage(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(
          MANAGE_DENIED, "Only admins register, deactivate and reactivate users");
    }
  }

  /** Whether the actor may see this entry: their own, their team's (managers), any (admins). */
  public static boolean sees(Actor actor, User user) {
    if (actor.has(Role.ADMIN) || actor.id().equals(user.id())) {
      return true;
    }
    return actor.has(Role.MANAGER)
        && actor.team() != null
        && Objects.equals(actor.team(), user.team());
  }

  /**
   * A deactivated user's tokens still verify at the identity provider; the service refuses them.
   */
  public static void checkActive(User user) {
    if (!user.active()) {
      throw new AccessDeniedException(
          DEACTIVATED, "Your account is deactivated in this service; ask an admin");
    }
  }
}
