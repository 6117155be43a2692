package org.opencrm.crm.domain.deal;

import java.util.UUID;

public record OpportunityId(UUID value) {

  public OpportunityId {
    if (value == null) {
      throw new IllegalArgumentException("An opportunity id is required");
    }
  }

  public static OpportunityId newId() {
    return new OpportunityId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
