package org.opencrm.crm.application.customer.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.shared.Actor;

public record AddContactCommand(Actor actor, UUID customerId, ContactDetails details) {}
