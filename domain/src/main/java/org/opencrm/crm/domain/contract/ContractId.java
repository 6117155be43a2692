package org.opencrm.crm.domain.contract;

import java.util.UUID;

public record ContractId(UUID value) {

  public ContractId {
    if (value == null) {
      throw new IllegalArgumentException("A contract id is required");
    }
  }

  public static ContractId newId() {
    return new ContractId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
