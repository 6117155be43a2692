package org.opencrm.crm.application.customer.port.in;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.Actor;

/** Reads of customers and contacts, always within the caller's data scope. */
public interface CustomerQueries {

  /** The customer; archived ones only for admins. */
  CustomerView get(Actor actor, UUID customerId);

  Page<CustomerView> list(Actor actor, CustomerFilter filter, CustomerSort sort, PageRequest page);

  List<ContactView> contacts(Actor actor, UUID customerId);

  ContactView contact(Actor actor, UUID customerId, UUID contactId);
}
