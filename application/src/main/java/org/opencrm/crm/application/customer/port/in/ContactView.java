package org.opencrm.crm.application.customer.port.in;

import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.CustomerId;

/** A contact as callers read it. */
public record ContactView(
    UUID id,
    UUID customerId,
    ContactDetails details,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static ContactView of(CustomerId customerId, Contact contact) {
    return new ContactView(
        contact.id().value(),
        customerId.value(),
        contact.details(),
        contact.createdAt(),
        contact.updatedAt(),
        contact.version());
  }
}
