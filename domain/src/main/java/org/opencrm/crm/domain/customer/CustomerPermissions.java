package org.opencrm.crm.domain.customer;

import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

/**
 * Which roles may work with customer records at all (which records, is the data scope's business):
 * sales, managers and admins read and write; service staff read; analysts work on aggregates, not
 * on individual customers.
 */
public final class CustomerPermissions {

  public static final String READ_DENIED = "customer.read-not-allowed";
  public static final String WRITE_DENIED = "customer.write-not-allowed";

  private CustomerPermissions() {}

  public static void checkRead(Actor actor) {
    if (!(actor.has(Role.ADMIN)
        || actor.has(Role.MANAGER)
        || actor.has(Role.SALES)
        || actor.has(Role.SERVICE))) {
      throw new AccessDeniedException(READ_DENIED, "Your role may not read customer records");
    }
  }

  public static void checkWrite(Actor actor) {
    if (!(actor.has(Role.ADMIN) || actor.has(Role.MANAGER) || actor.has(Role.SALES))) {
      throw new AccessDeniedException(WRITE_DENIED, "Your role may not change customer records");
    }
  }
}
