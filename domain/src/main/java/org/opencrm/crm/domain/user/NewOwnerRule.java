package org.opencrm.crm.domain.user;

import java.util.Objects;
import java.util.Optional;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * Who may receive a record (a customer or a lead) from someone else: a user the directory knows,
 * who is active, whose roles work records, and who belongs to the team the record ends up in. A
 * record moves to another team only when the caller names that team explicitly (and the caller's
 * own rules allow it); otherwise the new owner must be of the record's team.
 */
public final class NewOwnerRule {

  public static final String UNKNOWN = "owner.unknown";
  public static final String INACTIVE = "owner.inactive";
  public static final String CANNOT_OWN = "owner.cannot-own-records";
  public static final String OUTSIDE_TEAM = "owner.outside-team";

  private NewOwnerRule() {}

  /**
   * Checks the directory's entry for the requested owner against the team the record will be in.
   *
   * @param field the input field that named the owner, for the error
   */
  public static User check(
      UserId requested, Optional<User> entry, TeamId recordTeam, String field) {
    User owner =
        entry.orElseThrow(
            () ->
                new InvalidValueException(
                    UNKNOWN,
                    field,
                    "No user "
                        + requested
                        + " in the directory: they sign in first, or an admin"
                        + " registers them"));
    if (!owner.active()) {
      throw new InvalidValueException(
          INACTIVE, field, "The user " + requested + " is deactivated and receives no records");
    }
    if (!owner.worksRecords()) {
      throw new InvalidValueException(
          CANNOT_OWN, field, "The user " + requested + " has no role that owns records");
    }
    if (!Objects.equals(owner.team(), recordTeam)) {
      throw new InvalidValueException(
          OUTSIDE_TEAM,
          field,
          "The user "
              + requested
              + " is not in the team "
              + (recordTeam == null ? "(none)" : recordTeam)
              + "; name their team to move the record there");
    }
    return owner;
  }
}
