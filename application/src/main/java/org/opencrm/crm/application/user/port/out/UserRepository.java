package org.opencrm.crm.application.user.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.application.user.TeamView;
import org.opencrm.crm.application.user.UserFilter;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.user.User;

/** The user directory's storage. */
public interface UserRepository {

  Optional<User> find(UserId id);

  /**
   * The entry, locked until the transaction ends: sign-ins of one user from parallel requests (or
   * from several instances) take turns instead of failing on each other's version.
   */
  Optional<User> findForUpdate(UserId id);

  /**
   * Adds the entry unless one with its id exists (two first requests of one user may race); answers
   * whether it was added.
   */
  boolean addIfAbsent(User user);

  /** Saves a changed entry; a concurrent change in between is a version conflict. */
  User save(User user);

  /** Entries by id; {@code onlyTeam} limits them to one team's members (null: everyone). */
  Page<User> list(UserFilter filter, TeamId onlyTeam, PageRequest page);

  /** Teams with member counts; {@code onlyTeam} limits them to one (null: every team). */
  List<TeamView> teams(TeamId onlyTeam);
}
