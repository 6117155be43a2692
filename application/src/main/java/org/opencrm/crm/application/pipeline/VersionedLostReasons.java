package org.opencrm.crm.application.pipeline;

import java.time.Instant;
import org.opencrm.crm.domain.deal.LostReasons;

/** The lost reasons in force, with their version (for If-Match) and who set them when. */
public record VersionedLostReasons(
    LostReasons reasons, long version, Instant updatedAt, String updatedBy) {}
