package org.opencrm.crm.application.customer.port.in;

import org.opencrm.crm.application.customer.CustomerView;

/** Create, change and archive customers (客户管理). */
public interface ManageCustomersUseCase {

  CustomerView create(CreateCustomerCommand command);

  CustomerView update(UpdateCustomerCommand command);

  void archive(ArchiveCustomerCommand command);
}
