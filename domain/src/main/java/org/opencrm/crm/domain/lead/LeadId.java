package org.opencrm.crm.domain.lead;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lead (线索). */
public record LeadId(UUID value) {

  public LeadId {
    Objects.requireNonNull(value);
  }

  public static LeadId newId() {
    return new LeadId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
