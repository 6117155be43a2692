package org.opencrm.crm.application.user;

import org.opencrm.crm.domain.shared.Role;

/** Filters of the user list; null means any. */
public record UserFilter(String team, Role role, Boolean active) {

  public static UserFilter none() {
    return new UserFilter(null, null, null);
  }
}
