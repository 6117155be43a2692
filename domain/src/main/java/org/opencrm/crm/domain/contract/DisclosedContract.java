package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * A contract that looks like the one being entered (撞单: same customer, amount and signing date), as
 * the caller may see it: inside the caller's scope with its id, number and owner; outside it only
 * that it exists and when it was signed.
 */
public record DisclosedContract(
    boolean visible, UUID id, String number, String ownerId, LocalDate signedOn) {

  public static DisclosedContract of(
      UUID id, String number, UserId owner, TeamId team, LocalDate signedOn, DataScope scope) {
    return scope.includes(owner, team)
        ? new DisclosedContract(true, id, number, owner.value(), signedOn)
        : new DisclosedContract(false, null, null, null, signedOn);
  }
}
