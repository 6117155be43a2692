package org.opencrm.crm.application.customer.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/** Merge-patch a customer that the caller read at {@code expectedVersion}. */
public record UpdateCustomerCommand(
    Actor actor, UUID customerId, long expectedVersion, CustomerPatch patch) {}
