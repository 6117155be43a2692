package org.opencrm.crm.application.job.port.out;

import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.domain.shared.job.BackgroundJob;

/** Keeps background jobs and hands each batch of work to one instance only. */
public interface JobStore {

  void save(BackgroundJob job);

  Optional<BackgroundJob> find(UUID id);

  /**
   * The oldest unfinished job of the kind, locked for this transaction and skipped by other
   * instances meanwhile (SKIP LOCKED).
   */
  Optional<BackgroundJob> lockNext(String kind);

  /** Marks every unfinished job of the kind superseded (a newer one replaces them). */
  void supersedeUnfinished(String kind, java.time.Instant now);
}
