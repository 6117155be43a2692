package org.opencrm.crm.application.customer.port.out;

import java.util.Optional;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Stores customers with their contacts. Every read takes the caller's {@link DataScope} and applies
 * it in the query itself: this port is the one place where data scope is enforced.
 */
public interface CustomerRepository {

  /** The customer if it exists and lies inside the scope (archived ones included). */
  Optional<Customer> find(CustomerId id, DataScope scope);

  /** The customer's read model (no contacts) if it exists inside the scope, archived included. */
  Optional<CustomerView> findView(CustomerId id, DataScope scope);

  /** A page of active (not archived) customers inside the scope. */
  Page<CustomerView> search(
      CustomerFilter filter, CustomerSort sort, PageRequest page, DataScope scope);

  /**
   * Inserts or updates the customer and its contacts, checking the stored version, and returns it
   * as stored (with its new versions). Throws {@code VersionConflictException} on a concurrent
   * change and {@code DuplicateDetectedException} when the credit code is taken meanwhile.
   */
  Customer save(Customer customer);
}
