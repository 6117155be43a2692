package org.opencrm.crm.application.scoring;

import java.time.Instant;
import org.opencrm.crm.domain.lead.ScoringModel;

/** The lead scoring model in force, its version (for If-Match), who set it when. */
public record VersionedScoringModel(
    ScoringModel model, long version, Instant updatedAt, String updatedBy) {}
