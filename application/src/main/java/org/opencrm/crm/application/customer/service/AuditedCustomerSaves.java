package org.opencrm.crm.application.customer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.history.service.ChangeRecorder;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Saves a customer and records what changed in the history: the one way every customer and contact
 * use case writes, so none can forget the history.
 */
@ApplicationScoped
public class AuditedCustomerSaves {

  public static final String AGGREGATE = "customer";

  private final CustomerRepository customers;
  private final ChangeRecorder recorder;

  public AuditedCustomerSaves(CustomerRepository customers, ChangeRecorder recorder) {
    this.customers = customers;
    this.recorder = recorder;
  }

  public Customer save(
      Actor actor, Customer customer, Map<String, String> before, String action, Instant now) {
    Customer saved = customers.save(customer);
    recorder.record(actor, AGGREGATE, saved.id().value(), action, before, saved, now);
    return saved;
  }
}
