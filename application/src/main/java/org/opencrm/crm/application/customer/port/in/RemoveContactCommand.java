package org.opencrm.crm.application.customer.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

public record RemoveContactCommand(
    Actor actor, UUID customerId, UUID contactId, long expectedVersion) {}
