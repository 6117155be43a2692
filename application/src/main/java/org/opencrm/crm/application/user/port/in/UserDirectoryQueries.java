package org.opencrm.crm.application.user.port.in;

import java.util.List;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.application.user.TeamView;
import org.opencrm.crm.application.user.UserFilter;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.user.User;

/** Reads of the user directory: one's own entry, a team's members (managers), everyone (admins). */
public interface UserDirectoryQueries {

  /** The caller's own entry. */
  User me(Actor actor);

  /** One entry, if the caller may see it (otherwise not found). */
  User get(Actor actor, String userId);

  Page<User> list(Actor actor, UserFilter filter, PageRequest page);

  /** The teams the caller may see, with their member counts. */
  List<TeamView> teams(Actor actor);
}
