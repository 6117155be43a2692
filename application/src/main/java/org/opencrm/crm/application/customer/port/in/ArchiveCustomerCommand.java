package org.opencrm.crm.application.customer.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/** Archive (soft-delete) a customer that the caller read at {@code expectedVersion}. */
public record ArchiveCustomerCommand(Actor actor, UUID customerId, long expectedVersion) {}
