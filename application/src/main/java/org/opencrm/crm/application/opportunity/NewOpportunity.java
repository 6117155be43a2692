package org.opencrm.crm.application.opportunity;

import java.util.UUID;

/**
 * An opportunity to open along with something else (a lead's conversion): its pipeline and stage
 * (null: the standard pipeline, its first stage) and its details.
 */
public record NewOpportunity(UUID pipelineId, UUID stageId, OpportunityDraft draft) {}
