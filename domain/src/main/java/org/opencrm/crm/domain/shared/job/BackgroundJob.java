package org.opencrm.crm.domain.shared.job;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Long work that runs in the background in batches (recomputing scores, later segments and
 * imports), with its progress for whoever started it: processed of total, and where the next batch
 * starts. A job of a kind is superseded when a newer one of the same kind makes it pointless.
 */
public record BackgroundJob(
    UUID id,
    String kind,
    State state,
    long total,
    long processed,
    String cursor,
    String parameter,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt) {

  /** Where the job stands. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    SUPERSEDED;

    public boolean isFinished() {
      return this == DONE || this == SUPERSEDED;
    }
  }

  public BackgroundJob {
    Objects.requireNonNull(id);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(state);
  }

  public static BackgroundJob queue(
      String kind, long total, String parameter, String createdBy, Instant now) {
    return new BackgroundJob(
        UUID.randomUUID(),
        kind,
        State.QUEUED,
        total,
        0,
        null,
        parameter,
        createdBy,
        now,
        now,
        null);
  }

  /** One more batch done; the job is done when the batch was the last. */
  public BackgroundJob progressed(int batch, String nextCursor, boolean last, Instant now) {
    long done = processed + batch;
    return new BackgroundJob(
        id,
        kind,
        last ? State.DONE : State.RUNNING,
        Math.max(total, done),
        done,
        nextCursor,
        parameter,
        createdBy,
        createdAt,
        now,
        last ? now : null);
  }

  public BackgroundJob superseded(Instant now) {
    return new BackgroundJob(
        id,
        kind,
        State.SUPERSEDED,
        total,
        processed,
        cursor,
        parameter,
        createdBy,
        createdAt,
        now,
        now);
  }
}
