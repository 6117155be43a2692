package org.opencrm.crm.application.customer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Role;

/**
 * Loads a customer the way every use case must: inside the caller's scope, and archived ones for
 * admins only (for everyone else an archived customer is gone).
 */
@ApplicationScoped
public class CustomerLoader {

  private final CustomerRepository customers;
  private final CustomerSearch search;

  public CustomerLoader(CustomerRepository customers, CustomerSearch search) {
    this.customers = customers;
    this.search = search;
  }

  /** The aggregate, for a use case that changes it. */
  public Customer load(Actor actor, UUID customerId) {
    return customers
        .find(new CustomerId(customerId), actor.scope())
        .filter(customer -> visible(customer.archivedAt(), actor))
        .orElseThrow(() -> new RecordNotFoundException("customer", customerId));
  }

  /** The read model, for a use case that only reads or checks visibility: no contacts loaded. */
  public CustomerView view(Actor actor, UUID customerId) {
    return search
        .findView(new CustomerId(customerId), actor.scope())
        .filter(customer -> visible(customer.archivedAt(), actor))
        .orElseThrow(() -> new RecordNotFoundException("customer", customerId));
  }

  /** The read model of a customer a use case was allowed to change and has just saved. */
  public CustomerView viewOf(Customer saved) {
    return search.findView(saved.id(), new DataScope.Everything()).orElseThrow();
  }

  private static boolean visible(Instant archivedAt, Actor actor) {
    return archivedAt == null || actor.has(Role.ADMIN);
  }
}
