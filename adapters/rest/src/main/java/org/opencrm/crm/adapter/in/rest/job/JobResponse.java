package org.opencrm.crm.adapter.in.rest.job;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Job",
    requiredProperties = {"id", "kind", "state", "total", "processed", "createdAt", "updatedAt"},
    description = "Long work running in the background; poll it until its state is DONE.")
public record JobResponse(
    UUID id,
    @Schema(
            description = "lead-rescore: every lead scored again after a new scoring model",
            examples = "lead-rescore",
            enumeration = {"lead-rescore"})
        String kind,
    @Schema(
            description =
                "QUEUED, RUNNING, DONE, or SUPERSEDED (a newer job of the same kind replaced it)",
            enumeration = {"QUEUED", "RUNNING", "DONE", "SUPERSEDED"})
        String state,
    @Schema(description = "Items to process", examples = "1000000") long total,
    @Schema(description = "Items processed so far", examples = "250000") long processed,
    @Schema(examples = "admin") String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt) {}
