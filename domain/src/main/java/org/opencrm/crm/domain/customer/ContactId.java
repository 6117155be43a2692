package org.opencrm.crm.domain.customer;

import java.util.UUID;

public record ContactId(UUID value) {

  public ContactId {
    if (value == null) {
      throw new IllegalArgumentException("a contact id has a value");
    }
  }

  public static ContactId newId() {
    return new ContactId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
