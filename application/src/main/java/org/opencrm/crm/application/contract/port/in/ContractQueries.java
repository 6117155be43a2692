package org.opencrm.crm.application.contract.port.in;

import java.util.UUID;
import org.opencrm.crm.application.contract.ContractFilter;
import org.opencrm.crm.application.contract.ContractSummary;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.application.contract.VersionedContractSettings;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.Actor;

/** Reads of contracts, inside the caller's scope, and the approver's queue. */
public interface ContractQueries {

  ContractView get(Actor actor, UUID contractId);

  Page<ContractSummary> list(Actor actor, ContractFilter filter, PageRequest page);

  /** What waits for the caller's decision (managers: their team's; admins: all), oldest first. */
  Page<ContractSummary> pendingApprovals(Actor actor, PageRequest page);

  VersionedContractSettings settings(Actor actor);
}
