package org.opencrm.crm.application.contract;

import java.time.LocalDate;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractStatus;

/**
 * A contract as one read shows it: the aggregate, its customer's name, and its status and
 * receivable as of the business's day.
 */
public record ContractView(Contract contract, String customerName, LocalDate asOf) {

  public ContractStatus status() {
    return contract.status(asOf);
  }
}
