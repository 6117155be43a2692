package org.opencrm.crm.application.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.application.contract.port.out.ContractRepository;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

/** Loads contracts inside the caller's scope (else 404) and shows them as of the business's day. */
@ApplicationScoped
public class ContractLoader {

  private final ContractRepository contracts;
  private final CustomerSearch customers;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public ContractLoader(
      ContractRepository contracts,
      CustomerSearch customers,
      BusinessCalendar calendar,
      Clock clock) {
    this.contracts = contracts;
    this.customers = customers;
    this.calendar = calendar;
    this.clock = clock;
  }

  public Contract load(Actor actor, UUID contractId) {
    return contracts
        .find(new ContractId(contractId), actor.scope())
        .orElseThrow(() -> new RecordNotFoundException("contract", contractId));
  }

  /** The business's date today. */
  public LocalDate today() {
    return calendar.dateOf(clock.instant());
  }

  /** The contract with its customer's name and its status today. */
  public ContractView view(Contract contract) {
    String customerName =
        customers
            .findView(contract.customer(), new DataScope.Everything())
            .map(customer -> customer.profile().name())
            .orElse(null);
    return new ContractView(contract, customerName, today());
  }
}
