package org.opencrm.crm.application.pipeline.port.out;

import java.time.Instant;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.domain.deal.LostReasons;

/** Keeps the one list of lost reasons in force (the built-in one until an admin sets another). */
public interface LostReasonsStore {

  VersionedLostReasons current();

  /** Replaces the list if it is still at {@code expectedVersion}; else VersionConflict. */
  VersionedLostReasons save(
      LostReasons reasons, long expectedVersion, String updatedBy, Instant now);
}
