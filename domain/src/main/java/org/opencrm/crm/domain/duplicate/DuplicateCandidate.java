package org.opencrm.crm.domain.duplicate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * A record that may be the same party as the one being entered (查重), as found in storage, before
 * disclosure. For a contact, {@code id} is the contact's and {@code customerId} its customer's; a
 * pooled lead has no owner.
 */
public record DuplicateCandidate(
    PartyKind kind,
    UUID id,
    UUID customerId,
    String name,
    String company,
    UserId owner,
    TeamId team,
    boolean pooled,
    Instant since,
    Set<MatchType> matchedOn,
    double similarity) {

  public DuplicateCandidate {
    matchedOn = matchedOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(matchedOn));
  }

  /** Matched on data that identifies a party exactly (phone, e-mail, credit code). */
  public boolean exact() {
    return matchedOn.stream().anyMatch(MatchType::isExact);
  }
}
