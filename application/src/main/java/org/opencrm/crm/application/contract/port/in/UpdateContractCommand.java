package org.opencrm.crm.application.contract.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

public record UpdateContractCommand(
    Actor actor, UUID contractId, long expectedVersion, ContractPatch patch) {}
