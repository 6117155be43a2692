package org.opencrm.crm.application.contract.port.in;

import org.opencrm.crm.application.contract.VersionedContractSettings;
import org.opencrm.crm.domain.contract.ContractSettings;
import org.opencrm.crm.domain.shared.Actor;

/** Admins set how contract numbers are made and when contracts need approval. */
public interface ContractSettingsUseCase {

  VersionedContractSettings replace(Actor actor, ContractSettings settings, long expectedVersion);
}
