package org.opencrm.crm.domain.deal;

import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/** Everyone who sells, serves or reports reads the catalogue; admins keep it. */
public final class ProductPermissions {

  public static final String READ_DENIED = "product.read-not-allowed";
  public static final String MANAGE_DENIED = "product.admin-only";

  private ProductPermissions() {}

  public static void checkRead(Actor actor) {
    if (!(actor.has(Role.ADMIN)
        || actor.has(Role.MANAGER)
        || actor.has(Role.SALES)
        || actor.has(Role.SERVICE)
        || actor.has(Role.ANALYST))) {
      throw new AccessDeniedException(READ_DENIED, "Your role may not read the product catalogue");
    }
  }

  public static void checkManage(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(MANAGE_DENIED, "Only admins keep the product catalogue");
    }
  }
}
