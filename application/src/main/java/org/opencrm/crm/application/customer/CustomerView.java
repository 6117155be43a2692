package org.opencrm.crm.application.customer;

import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.DealStatus;

/** A customer as callers read it (no contacts: they are a sub-resource), with its deal status. */
public record CustomerView(
    UUID id,
    CustomerProfile profile,
    String ownerId,
    String team,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt,
    long version,
    DealStatus dealStatus) {

  /** The customer as saved, with the deal status it has (its deals are stored elsewhere). */
  public static CustomerView of(Customer customer, DealStatus dealStatus) {
    return new CustomerView(
        customer.id().value(),
        customer.profile(),
        customer.owner().value(),
        customer.team() == null ? null : customer.team().value(),
        customer.createdAt(),
        customer.updatedAt(),
        customer.archivedAt(),
        customer.version(),
        dealStatus);
  }
}
