package org.opencrm.crm.domain.customer;

import java.util.UUID;

public record CustomerId(UUID value) {

  public CustomerId {
    if (value == null) {
      throw new IllegalArgumentException("a customer id has a value");
    }
  }

  public static CustomerId newId() {
    return new CustomerId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
