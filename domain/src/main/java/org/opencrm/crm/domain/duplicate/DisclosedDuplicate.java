package org.opencrm.crm.domain.duplicate;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A duplicate candidate as the caller may see it. Outside the caller's scope only kind, match,
 * since-date and disclosure remain (a pooled lead keeps its id, so the caller can claim it); the
 * name, company, owner and contact data are null.
 */
public record DisclosedDuplicate(
    PartyKind kind,
    Disclosure disclosure,
    Set<MatchType> matchedOn,
    boolean exact,
    Instant since,
    double similarity,
    UUID id,
    UUID customerId,
    String name,
    String company,
    String ownerId) {}
