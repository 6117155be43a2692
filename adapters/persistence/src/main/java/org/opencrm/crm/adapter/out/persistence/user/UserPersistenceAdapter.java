package org.opencrm.crm.adapter.out.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Tuple;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.application.user.TeamView;
import org.opencrm.crm.application.user.UserFilter;
import org.opencrm.crm.application.user.port.out.UserRepository;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.user.User;

/** The user directory in {@code app_user}; roles as a text array of their lower-case names. */
@ApplicationScoped
class UserPersistenceAdapter implements UserRepository {

  private static final String ORDER = "users,id";

  /** User ids are text, the keyset cursor's id slot a UUID: the id travels as the key. */
  private static final UUID NO_ID = new UUID(0, 0);

  private final UserPanacheRepository rows;

  UserPersistenceAdapter(UserPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  public Optional<User> find(UserId id) {
    return rows.findByIdOptional(id.value()).map(UserPersistenceAdapter::toDomain);
  }

  @Override
  public Optional<User> findForUpdate(UserId id) {
    return rows.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
        .map(UserPersistenceAdapter::toDomain);
  }

  @Override
  public boolean addIfAbsent(User user) {
    int added =
        rows.getEntityManager()
            .createNativeQuery(
                "INSERT INTO app_user (id, display_name, team, roles, active, last_signed_in_at,"
                    + " created_at, updated_at, version)"
                    + " VALUES (:id, :name, :team, CAST(:roles AS text[]), :active, :signedIn,"
                    + " :createdAt, :updatedAt, 0) ON CONFLICT (id) DO NOTHING")
            .setParameter("id", user.id().value())
            .setParameter("name", user.displayName())
            .setParameter("team", user.team() == null ? null : user.team().value())
            .setParameter("roles", "{" + String.join(",", roleNames(user.roles())) + "}")
            .setParameter("active", user.active())
            .setParameter("signedIn", user.lastSignedInAt())
            .setParameter("createdAt", user.createdAt())
            .setParameter("updatedAt", user.updatedAt())
            .executeUpdate();
    return added == 1;
  }

  @Override
  public User save(User user) {
    UserEntity entity =
        rows.findByIdOptional(user.id().value())
            .orElseThrow(() -> new RecordNotFoundException("user", user.id()));
    if (entity.getVersion() != user.version()) {
      throw new VersionConflictException("user", user.id(), user.version(), entity.getVersion());
    }
    entity.setDisplayName(user.displayName());
    entity.setTeam(user.team() == null ? null : user.team().value());
    entity.setRoles(roleNames(user.roles()));
    entity.setActive(user.active());
    entity.setLastSignedInAt(user.lastSignedInAt());
    entity.setUpdatedAt(user.updatedAt());
    try {
      rows.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException("user", user.id(), user.version(), user.version() + 1);
    }
    return toDomain(entity);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Page<User> list(UserFilter filter, TeamId onlyTeam, PageRequest page) {
    StringBuilder sql = new StringBuilder("SELECT * FROM app_user WHERE true");
    Map<String, Object> parameters = new LinkedHashMap<>();
    condition(
        sql,
        parameters,
        "team = :onlyTeam",
        "onlyTeam",
        onlyTeam == null ? null : onlyTeam.value());
    condition(sql, parameters, "team = :team", "team", filter.team());
    condition(
        sql,
        parameters,
        "roles @> ARRAY[CAST(:role AS text)]",
        "role",
        filter.role() == null ? null : filter.role().name().toLowerCase(Locale.ROOT));
    condition(sql, parameters, "active = :active", "active", filter.active());
    condition(
        sql,
        parameters,
        "id > :after",
        "after",
        page.cursor() == null ? null : KeysetPage.after(page, ORDER).key());
    sql.append(" ORDER BY id LIMIT :limit");
    parameters.put("limit", KeysetPage.rowsToFetch(page));
    var query = rows.getEntityManager().createNativeQuery(sql.toString(), UserEntity.class);
    query.setHint(HibernateHints.HINT_READ_ONLY, true);
    parameters.forEach(query::setParameter);
    List<UserEntity> found = query.getResultList();
    return KeysetPage.of(
        found,
        page,
        UserPersistenceAdapter::toDomain,
        last -> new KeysetCursor(ORDER, last.getId(), NO_ID));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<TeamView> teams(TeamId onlyTeam) {
    var query =
        rows.getEntityManager()
            .createNativeQuery(
                "SELECT team, count(*) AS members, count(*) FILTER (WHERE active) AS active,"
                    + " count(*) FILTER (WHERE active AND roles && ARRAY['sales','manager','admin'])"
                    + " AS record_owners FROM app_user WHERE team IS NOT NULL"
                    + (onlyTeam == null ? "" : " AND team = :onlyTeam")
                    + " GROUP BY team ORDER BY team",
                Tuple.class);
    if (onlyTeam != null) {
      query.setParameter("onlyTeam", onlyTeam.value());
    }
    List<Tuple> counts = query.getResultList();
    return counts.stream()
        .map(
            row ->
                new TeamView(
                    (String) row.get("team"),
                    ((Number) row.get("members")).longValue(),
                    ((Number) row.get("active")).longValue(),
                    ((Number) row.get("record_owners")).longValue()))
        .toList();
  }

  /** Appends a condition and binds its parameter, only when a value is given. */
  private static void condition(
      StringBuilder sql,
      Map<String, Object> parameters,
      String condition,
      String name,
      Object value) {
    if (value != null) {
      sql.append(" AND ").append(condition);
      parameters.put(name, value);
    }
  }

  private static String[] roleNames(Set<Role> roles) {
    return roles.stream()
        .map(r -> r.name().toLowerCase(Locale.ROOT))
        .sorted()
        .toArray(String[]::new);
  }

  private static User toDomain(UserEntity entity) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(entity.getRoles() == null ? new String[0] : entity.getRoles())
        .forEach(name -> Role.fromClaim(name).ifPresent(roles::add));
    return User.restore(
        new UserId(entity.getId()),
        entity.getDisplayName(),
        entity.getTeam() == null ? null : new TeamId(entity.getTeam()),
        roles,
        entity.isActive(),
        entity.getLastSignedInAt(),
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        entity.getVersion());
  }
}
