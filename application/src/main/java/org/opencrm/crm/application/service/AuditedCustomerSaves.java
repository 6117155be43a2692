package org.opencrm.crm.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.opencrm.crm.application.port.out.ChangeHistory;
import org.opencrm.crm.application.port.out.CustomerRepository;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.history.ChangeRecord;
import org.opencrm.crm.domain.shared.history.ChangeSet;

/**
 * Saves a customer and records what changed, compared with its audit state before the change, in
 * the history: the one way every customer and contact use case writes, so none can forget it.
 */
@ApplicationScoped
class AuditedCustomerSaves {

  static final String AGGREGATE = "customer";

  private final CustomerRepository customers;
  private final ChangeHistory history;

  AuditedCustomerSaves(CustomerRepository customers, ChangeHistory history) {
    this.customers = customers;
    this.history = history;
  }

  Customer save(
      Actor actor, Customer customer, Map<String, String> before, String action, Instant now) {
    Customer saved = customers.save(customer);
    ChangeSet changes = ChangeSet.between(before, saved.auditState());
    if (!changes.isEmpty()) {
      history.record(ChangeRecord.of(actor, AGGREGATE, saved.id().value(), action, changes, now));
    }
    return saved;
  }
}
