package org.opencrm.crm.application.pool;

import java.time.Instant;
import org.opencrm.crm.domain.lead.PoolPolicy;

/** The pool policy in force, with its version (for If-Match) and who set it when. */
public record VersionedPoolPolicy(
    PoolPolicy policy, long version, Instant updatedAt, String updatedBy) {}
