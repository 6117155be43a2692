package org.opencrm.crm.application.contract.port.out;

import java.util.Optional;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractId;
import org.opencrm.crm.domain.shared.DataScope;

/** Contracts as aggregates, with their plan, payments and invoices. */
public interface ContractRepository {

  /** The contract if it exists inside the scope. */
  Optional<Contract> find(ContractId id, DataScope scope);

  /**
   * Inserts a contract never stored before; {@code DuplicateDetectedException}
   * (contract.number-taken) when its number is taken.
   */
  Contract add(Contract contract);

  /**
   * Updates the contract, its installments, payments and invoices, checking the stored version;
   * {@code DuplicateDetectedException} (invoice.number-taken) for an invoice number issued before.
   */
  Contract save(Contract contract);
}
