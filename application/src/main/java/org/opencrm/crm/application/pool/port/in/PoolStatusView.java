package org.opencrm.crm.application.pool.port.in;

import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.lead.ReturnForecast;

/**
 * What the pool policy has in store for a lead: the rule that will return it to the pool, when, and
 * why; or, with a null rule, why none will.
 */
public record PoolStatusView(
    UUID leadId,
    LeadStatus status,
    ReturnForecast.Rule rule,
    Instant returnsAt,
    Instant warnsAt,
    String explanation) {}
