package org.opencrm.crm.application.customer.port.out;

import java.util.Optional;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Stores customers with their contacts, one aggregate at a time; the read side is {@link
 * CustomerSearch}. Every read takes the caller's {@link DataScope} and applies it in the query
 * itself.
 */
public interface CustomerRepository {

  /** The customer if it exists and lies inside the scope (archived ones included). */
  Optional<Customer> find(CustomerId id, DataScope scope);

  /**
   * Inserts or updates the customer and its contacts, checking the stored version, and returns it
   * as stored (with its new versions). Throws {@code VersionConflictException} on a concurrent
   * change and {@code DuplicateDetectedException} when the credit code is taken meanwhile.
   */
  Customer save(Customer customer);

  /**
   * Inserts a customer that has never been stored (without looking for a stored one first) and
   * returns it as stored; otherwise as {@link #save}.
   */
  Customer add(Customer customer);
}
