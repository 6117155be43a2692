package org.opencrm.crm.domain.deal;

import java.util.UUID;

public record PipelineId(UUID value) {

  public PipelineId {
    if (value == null) {
      throw new IllegalArgumentException("A pipeline id is required");
    }
  }

  public static PipelineId newId() {
    return new PipelineId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
