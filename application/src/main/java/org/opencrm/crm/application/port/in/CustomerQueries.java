package org.opencrm.crm.application.port.in;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/** Reads of customers and contacts, always within the caller's data scope. */
public interface CustomerQueries {

  /** The customer; archived ones only for admins. */
  CustomerView get(Actor actor, UUID customerId);

  Page<CustomerView> list(Actor actor, CustomerFilter filter, CustomerSort sort, PageRequest page);

  List<ContactView> contacts(Actor actor, UUID customerId);

  ContactView contact(Actor actor, UUID customerId, UUID contactId);
}
