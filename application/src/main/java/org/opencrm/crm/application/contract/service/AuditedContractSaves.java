package org.opencrm.crm.application.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.opencrm.crm.application.contract.port.out.ContractRepository;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/** The one way a contract is saved: with its history entry and its events, in one transaction. */
@ApplicationScoped
public class AuditedContractSaves {

  private final ContractRepository contracts;
  private final ChangePublisher publisher;

  public AuditedContractSaves(ContractRepository contracts, ChangePublisher publisher) {
    this.contracts = contracts;
    this.publisher = publisher;
  }

  /**
   * @param reason why, when the use case knows it and the events do not (a duplicate let in)
   */
  public Contract save(Actor actor, Contract contract, String reason) {
    RecordedChanges recorded = contract.takeRecordedChanges();
    if (recorded.isEmpty()) {
      return contract;
    }
    Contract saved = recorded.creation() ? contracts.add(contract) : contracts.save(contract);
    publisher.publish(actor, recorded, saved, saved.version(), reason);
    return saved;
  }
}
