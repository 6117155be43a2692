package org.opencrm.crm.application.contract.port.out;

import java.time.Instant;
import org.opencrm.crm.application.contract.VersionedContractSettings;
import org.opencrm.crm.domain.contract.ContractSettings;

/** Keeps the contract settings in force (the built-in ones until an admin sets others). */
public interface ContractSettingsStore {

  VersionedContractSettings current();

  VersionedContractSettings save(
      ContractSettings settings, long expectedVersion, String updatedBy, Instant now);
}
