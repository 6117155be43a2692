package org.opencrm.crm.domain.deal;

import java.time.Duration;
import java.time.Instant;

/** When an opportunity entered a stage and, once it moved on, when it left: time in stage. */
public record StageVisit(StageId stage, Instant enteredAt, Instant leftAt) {

  StageVisit left(Instant now) {
    return new StageVisit(stage, enteredAt, now);
  }

  /** How long it stayed, or has stayed so far. */
  public Duration timeIn(Instant now) {
    return Duration.between(enteredAt, leftAt != null ? leftAt : now);
  }
}
