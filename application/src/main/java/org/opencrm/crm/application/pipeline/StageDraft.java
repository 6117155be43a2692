package org.opencrm.crm.application.pipeline;

import java.util.Set;
import java.util.UUID;
import org.opencrm.crm.domain.deal.DealField;
import org.opencrm.crm.domain.deal.StageOutcome;
import org.opencrm.crm.domain.shared.Percent;

/**
 * A stage as an admin writes it: with the id of a stage it keeps (renamed, moved, changed), or
 * without one for a new stage.
 */
public record StageDraft(
    UUID id,
    String name,
    Percent probability,
    StageOutcome outcome,
    Set<DealField> requiredToEnter,
    boolean commit) {}
