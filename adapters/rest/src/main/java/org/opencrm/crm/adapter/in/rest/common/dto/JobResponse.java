package org.opencrm.crm.adapter.in.rest.common.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.domain.shared.job.BackgroundJob;

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
    Instant finishedAt) {
  public static JobResponse of(BackgroundJob job) {
    return new JobResponse(
        job.id(),
        job.kind(),
        job.state().name(),
        job.total(),
        job.processed(),
        job.createdBy(),
        job.createdAt(),
        job.updatedAt(),
        job.finishedAt());
  }
}
