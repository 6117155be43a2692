package org.opencrm.crm.domain.deal;

import java.util.UUID;

public record ProductId(UUID value) {

  public ProductId {
    if (value == null) {
      throw new IllegalArgumentException("A product id is required");
    }
  }

  public static ProductId newId() {
    return new ProductId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
