package org.opencrm.crm.application.port.in;

/** Create, change and archive customers (客户管理). */
public interface ManageCustomersUseCase {

  CustomerView create(CreateCustomerCommand command);

  CustomerView update(UpdateCustomerCommand command);

  void archive(ArchiveCustomerCommand command);
}
