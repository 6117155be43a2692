package org.opencrm.crm.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;

/**
 * A person (or integration client) in the user directory (用户目录): who exists, their team and roles,
 * and whether they are active. Entries come from verified tokens (the first sign-in creates one,
 * later sign-ins bring team and roles up to date) or from an admin who registers someone before
 * their first sign-in. Every hand-over of a record to a user is checked against this entry ({@link
 * NewOwnerRule}); a deactivated user is refused, and their records wait for a hand-over.
 */
public final class User {

  private final UserId id;
  private String displayName;
  private TeamId team;
  private Set<Role> roles;
  private boolean active;
  private Instant lastSignedInAt;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;

  private User(
      UserId id,
      String displayName,
      TeamId team,
      Set<Role> roles,
      boolean active,
      Instant lastSignedInAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = Objects.requireNonNull(id);
    this.displayName = Text.required("displayName", displayName, 200);
    this.team = team;
    this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    this.active = active;
    this.lastSignedInAt = lastSignedInAt;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  /** An admin registers someone who has not signed in yet. */
  public static User register(
      UserId id, String displayName, TeamId team, Set<Role> roles, Instant now) {
    return new User(id, displayName, team, roles, true, null, now, now, 0);
  }

  /** The entry a first sign-in creates, from the token's claims. */
  public static User firstSignIn(
      UserId id, String displayName, TeamId team, Set<Role> roles, Instant now) {
    return new User(id, displayName, team, roles, true, now, now, now, 0);
  }

  public static User restore(
      UserId id,
      String displayName,
      TeamId team,
      Set<Role> roles,
      boolean active,
      Instant lastSignedInAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    return new User(
        id, displayName, team, roles, active, lastSignedInAt, createdAt, updatedAt, version);
  }

  /**
   * A later sign-in: the identity provider is the source of names, teams and roles, so the entry
   * takes the token's. Answers whether anything but the sign-in time changed.
   */
  public boolean signedIn(String displayName, TeamId team, Set<Role> roles, Instant now) {
    boolean changed =
        !this.displayName.equals(displayName)
            || !Objects.equals(this.team, team)
            || !this.roles.equals(Set.copyOf(roles));
    if (changed) {
      this.displayName = Text.required("displayName", displayName, 200);
      this.team = team;
      this.roles = Set.copyOf(roles);
      updatedAt = now;
    }
    lastSignedInAt = now;
    return changed;
  }

  /** Offboarding: the user may no longer sign in nor receive records. */
  public void deactivate(Instant now) {
    if (active) {
      active = false;
      updatedAt = now;
    }
  }

  public void reactivate(Instant now) {
    if (!active) {
      active = true;
      updatedAt = now;
    }
  }

  /** Whether the roles let this user own customers and leads (sales, managers, admins). */
  public boolean worksRecords() {
    return roles.contains(Role.SALES) || roles.contains(Role.MANAGER) || roles.contains(Role.ADMIN);
  }

  public UserId id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public TeamId team() {
    return team;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean active() {
    return active;
  }

  public Instant lastSignedInAt() {
    return lastSignedInAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
