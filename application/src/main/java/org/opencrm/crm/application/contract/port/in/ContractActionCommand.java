package org.opencrm.crm.application.contract.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/**
 * A step of a contract's life (submit, approve, reject, complete, terminate), against the version
 * read when the caller names one; {@code comment} is an approver's comment or a termination's
 * reason.
 */
public record ContractActionCommand(
    Actor actor, UUID contractId, Long expectedVersion, String comment) {}
