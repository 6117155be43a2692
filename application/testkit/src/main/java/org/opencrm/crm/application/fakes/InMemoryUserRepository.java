package org.opencrm.crm.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.application.user.TeamView;
import org.opencrm.crm.application.user.UserFilter;
import org.opencrm.crm.application.user.port.out.UserRepository;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.user.User;

/** The user directory in memory, keyed and ordered by id. */
public class InMemoryUserRepository implements UserRepository {

  private final Map<UserId, User> users = new ConcurrentHashMap<>();

  /** Puts the actor into the directory as if they had signed in. */
  public InMemoryUserRepository signedIn(Actor... actors) {
    for (Actor actor : actors) {
      addIfAbsent(
          User.firstSignIn(
              actor.id(),
              actor.displayName(),
              actor.team(),
              actor.roles(),
              java.time.Instant.EPOCH));
    }
    return this;
  }

  @Override
  public Optional<User> find(UserId id) {
    return Optional.ofNullable(users.get(id)).map(InMemoryUserRepository::copy);
  }

  @Override
  public Optional<User> findForUpdate(UserId id) {
    return find(id);
  }

  @Override
  public boolean addIfAbsent(User user) {
    return users.putIfAbsent(user.id(), copy(user)) == null;
  }

  @Override
  public User save(User user) {
    User stored = users.get(user.id());
    if (stored == null || stored.version() != user.version()) {
      throw new VersionConflictException(
          "user", user.id(), user.version(), stored == null ? -1 : stored.version());
    }
    User saved =
        User.restore(
            user.id(),
            user.displayName(),
            user.team(),
            user.roles(),
            user.active(),
            user.lastSignedInAt(),
            user.createdAt(),
            user.updatedAt(),
            user.version() + 1);
    users.put(user.id(), saved);
    return copy(saved);
  }

  @Override
  public Page<User> list(UserFilter filter, TeamId onlyTeam, PageRequest page) {
    List<User> matching =
        users.values().stream()
            .filter(u -> onlyTeam == null || onlyTeam.equals(u.team()))
            .filter(u -> filter.team() == null || filter.team().equals(team(u)))
            .filter(u -> filter.role() == null || u.roles().contains(filter.role()))
            .filter(u -> filter.active() == null || filter.active() == u.active())
            .filter(u -> page.cursor() == null || u.id().value().compareTo(page.cursor()) > 0)
            .sorted(Comparator.comparing(u -> u.id().value()))
            .limit(page.limit() + 1L)
            .map(InMemoryUserRepository::copy)
            .toList();
    if (matching.size() <= page.limit()) {
      return new Page<>(matching, null);
    }
    List<User> items = matching.subList(0, page.limit());
    return new Page<>(items, items.get(items.size() - 1).id().value());
  }

  @Override
  public List<TeamView> teams(TeamId onlyTeam) {
    Map<String, List<User>> byTeam =
        users.values().stream()
            .filter(u -> u.team() != null)
            .filter(u -> onlyTeam == null || onlyTeam.equals(u.team()))
            .collect(
                Collectors.groupingBy(
                    InMemoryUserRepository::team, TreeMap::new, Collectors.toList()));
    return byTeam.entrySet().stream()
        .map(
            e ->
                new TeamView(
                    e.getKey(),
                    e.getValue().size(),
                    e.getValue().stream().filter(User::active).count(),
                    e.getValue().stream().filter(u -> u.active() && u.worksRecords()).count()))
        .toList();
  }

  private static String team(User user) {
    return user.team() == null ? null : user.team().value();
  }

  private static User copy(User user) {
    return User.restore(
        user.id(),
        user.displayName(),
        user.team(),
        user.roles(),
        user.active(),
        user.lastSignedInAt(),
        user.createdAt(),
        user.updatedAt(),
        user.version());
  }

  @Override
  public String toString() {
    return Objects.toString(users.keySet());
  }
}
