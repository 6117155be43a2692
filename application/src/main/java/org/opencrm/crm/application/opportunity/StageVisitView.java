package org.opencrm.crm.application.opportunity;

import java.time.Instant;
import java.util.UUID;

/**
 * One stay of an opportunity in a stage, named as the stage is named now (a renamed stage keeps its
 * history); {@code leftAt} is null for the stage it is in.
 */
public record StageVisitView(UUID stageId, String stageName, Instant enteredAt, Instant leftAt) {}
