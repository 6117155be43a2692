package org.opencrm.crm.application.customer.port.in;

import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Create a customer. Owner and team default to the caller's; naming others is a change of owner and
 * needs a manager or admin.
 */
public record CreateCustomerCommand(
    Actor actor, CustomerProfile profile, String ownerId, String team) {}
