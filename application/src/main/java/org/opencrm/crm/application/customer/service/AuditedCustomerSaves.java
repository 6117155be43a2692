package org.opencrm.crm.application.customer.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * The one way customers and their contacts are written: saves the customer, and from the events it
 * recorded derives the history entry and the outbox's events, in the same transaction.
 */
@ApplicationScoped
public class AuditedCustomerSaves {

  private final CustomerRepository customers;
  private final ChangePublisher publisher;

  public AuditedCustomerSaves(CustomerRepository customers, ChangePublisher publisher) {
    this.customers = customers;
    this.publisher = publisher;
  }

  public Customer save(Actor actor, Customer customer) {
    RecordedChanges recorded = customer.takeRecordedChanges();
    Customer saved = recorded.creation() ? customers.add(customer) : customers.save(customer);
    publisher.publish(actor, recorded, saved, saved.version(), null);
    return saved;
  }
}
