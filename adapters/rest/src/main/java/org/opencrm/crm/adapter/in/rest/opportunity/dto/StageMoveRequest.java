package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageMoveRequest", description = "The open stage of its pipeline to move to.")
public record StageMoveRequest(@Schema(required = true) @NotNull UUID stageId) {}
