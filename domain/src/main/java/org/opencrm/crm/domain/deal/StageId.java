package org.opencrm.crm.domain.deal;

import java.util.UUID;

/** A stage keeps its id through renames and moves, so that history stays readable. */
public record StageId(UUID value) {

  public StageId {
    if (value == null) {
      throw new IllegalArgumentException("A stage id is required");
    }
  }

  public static StageId newId() {
    return new StageId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
