package org.opencrm.crm.application.customer.port.out;

import java.util.Optional;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.DataScope;

/** The customers' read side: one customer's view and the list, inside the caller's scope. */
public interface CustomerSearch {

  /** The customer's read model (no contacts) if it exists inside the scope, archived included. */
  Optional<CustomerView> findView(CustomerId id, DataScope scope);

  /** A page of active (not archived) customers inside the scope. */
  Page<CustomerView> search(
      CustomerFilter filter, CustomerSort sort, PageRequest page, DataScope scope);
}
