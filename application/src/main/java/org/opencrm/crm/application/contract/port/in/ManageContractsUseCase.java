package org.opencrm.crm.application.contract.port.in;

import org.opencrm.crm.application.contract.ContractView;

/** Contracts (合同) from draft through approval (审批) to completion or termination. */
public interface ManageContractsUseCase {

  ContractView draft(DraftContractCommand command);

  ContractView update(UpdateContractCommand command);

  /** Into approval by the admins' rules, or straight into force when none applies. */
  ContractView submit(ContractActionCommand command);

  ContractView approve(ContractActionCommand command);

  /** Back to draft, with the approver's comment (required). */
  ContractView reject(ContractActionCommand command);

  ContractView complete(ContractActionCommand command);

  /** Ended early; the comment is the reason (required). */
  ContractView terminate(ContractActionCommand command);
}
