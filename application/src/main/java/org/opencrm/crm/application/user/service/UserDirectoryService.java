package org.opencrm.crm.application.user.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.application.user.TeamView;
import org.opencrm.crm.application.user.UserFilter;
import org.opencrm.crm.application.user.port.in.ManageUsersUseCase;
import org.opencrm.crm.application.user.port.in.RegisterUserCommand;
import org.opencrm.crm.application.user.port.in.UserDirectoryQueries;
import org.opencrm.crm.application.user.port.out.UserRepository;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.user.DirectoryPermissions;
import org.opencrm.crm.domain.user.User;

@ApplicationScoped
@Transactional
public class UserDirectoryService implements UserDirectoryQueries, ManageUsersUseCase {

  public static final String ALREADY_REGISTERED = "user.already-exists";

  private final UserRepository users;
  private final Clock clock;

  public UserDirectoryService(UserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  public User me(Actor actor) {
    return users
        .find(actor.id())
        .orElseThrow(() -> new RecordNotFoundException("user", actor.id()));
  }

  @Override
  public User get(Actor actor, String userId) {
    return visible(actor, userId);
  }

  @Override
  public Page<User> list(Actor actor, UserFilter filter, PageRequest page) {
    DirectoryPermissions.checkBrowse(actor);
    return users.list(filter, teamLimit(actor), page);
  }

  @Override
  public List<TeamView> teams(Actor actor) {
    DirectoryPermissions.checkBrowse(actor);
    return users.teams(teamLimit(actor));
  }

  @Override
  public User register(RegisterUserCommand command) {
    DirectoryPermissions.checkManage(command.actor());
    String team = Text.optional("team", command.team(), 100);
    User user =
        User.register(
            new UserId(command.userId()),
            command.displayName(),
            team == null ? null : new TeamId(team),
            command.roles(),
            clock.instant());
    // One statement decides, also when two admins register the same id at once.
    if (!users.addIfAbsent(user)) {
      throw new RuleViolationException(
          ALREADY_REGISTERED, "The directory already has a user " + user.id());
    }
    return user;
  }

  @Override
  public User deactivate(Actor actor, String userId) {
    DirectoryPermissions.checkManage(actor);
    User user = lockedForChange(actor, userId);
    user.deactivate(clock.instant());
    return users.save(user);
  }

  @Override
  public User reactivate(Actor actor, String userId) {
    DirectoryPermissions.checkManage(actor);
    User user = lockedForChange(actor, userId);
    user.reactivate(clock.instant());
    return users.save(user);
  }

  private User visible(Actor actor, String userId) {
    return seenBy(actor, userId, users.find(new UserId(userId)));
  }

  /** Locked, so that a sign-in of the same user at that moment waits instead of conflicting. */
  private User lockedForChange(Actor actor, String userId) {
    return seenBy(actor, userId, users.findForUpdate(new UserId(userId)));
  }

  private static User seenBy(Actor actor, String userId, Optional<User> entry) {
    return entry
        .filter(user -> DirectoryPermissions.sees(actor, user))
        .orElseThrow(() -> new RecordNotFoundException("user", userId));
  }

  /** Managers see their own team's members only; admins everyone. */
  private static TeamId teamLimit(Actor actor) {
    return actor.has(Role.ADMIN) ? null : actor.team();
  }
}
