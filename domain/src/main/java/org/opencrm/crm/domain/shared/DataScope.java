package org.opencrm.crm.domain.shared;

/**
 * Which owned records a caller may see: admins (and the system) everything, managers and service
 * staff their team's, sales reps their own. Every read and write goes through a port that applies
 * it, so no list, filter or count can leak a record outside it.
 */
public sealed interface DataScope {

  /** Every record. */
  record Everything() implements DataScope {}

  /** Records owned by the team. */
  record TeamRecords(TeamId team) implements DataScope {}

  /** Records owned by the user. */
  record OwnRecords(UserId owner) implements DataScope {}

  /** No owned record at all (e.g. an analyst, or a manager without a team). */
  record NoRecords() implements DataScope {}

  static DataScope of(Actor actor) {
    if (actor.has(Role.ADMIN)) {
      return new Everything();
    }
    if (actor.has(Role.MANAGER) || actor.has(Role.SERVICE)) {
      return actor.team() == null ? new NoRecords() : new TeamRecords(actor.team());
    }
    if (actor.has(Role.SALES)) {
      return new OwnRecords(actor.id());
    }
    return new NoRecords();
  }

  /** Whether a record with this owner and team is inside the scope. */
  default boolean includes(UserId owner, TeamId team) {
    if (this instanceof TeamRecords teamRecords) {
      return teamRecords.team().equals(team);
    }
    if (this instanceof OwnRecords ownRecords) {
      return ownRecords.owner().equals(owner);
    }
    return this instanceof Everything;
  }
}
