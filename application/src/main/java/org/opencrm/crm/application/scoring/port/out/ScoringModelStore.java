package org.opencrm.crm.application.scoring.port.out;

import java.time.Instant;
import org.opencrm.crm.application.scoring.VersionedScoringModel;
import org.opencrm.crm.domain.lead.ScoringModel;

/** Keeps the one scoring model in force (the default, version 0, until an admin sets one). */
public interface ScoringModelStore {

  VersionedScoringModel current();

  /** Replaces the model if still at {@code expectedVersion}; else VersionConflict. */
  VersionedScoringModel save(ScoringModel model, long expectedVersion, String by, Instant now);
}
