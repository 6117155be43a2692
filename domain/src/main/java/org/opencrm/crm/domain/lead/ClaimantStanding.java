package org.opencrm.crm.domain.lead;

import java.time.Instant;

/**
 * What the pool rules need to know about a rep who wants a lead: how many leads they hold, how many
 * they claimed today, and when this lead last left them (null if never).
 */
public record ClaimantStanding(long heldLeads, long claimsToday, Instant lastLeftThisLead) {}
