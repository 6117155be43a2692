package org.opencrm.crm.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opencrm.crm.application.port.out.CustomerRepository;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Role;

/**
 * Loads a customer the way every use case must: inside the caller's scope, and archived ones for
 * admins only (for everyone else an archived customer is gone).
 */
@ApplicationScoped
class CustomerLoader {

  private final CustomerRepository customers;

  CustomerLoader(CustomerRepository customers) {
    this.customers = customers;
  }

  Customer load(Actor actor, UUID customerId) {
    return customers
        .find(new CustomerId(customerId), actor.scope())
        .filter(customer -> !customer.isArchived() || actor.has(Role.ADMIN))
        .orElseThrow(() -> new RecordNotFoundException("customer", customerId));
  }
}
