package org.opencrm.crm.application.customer.port.in;

/** Add, change and remove a customer's contacts (联系人). */
public interface ManageContactsUseCase {

  ContactView add(AddContactCommand command);

  ContactView update(UpdateContactCommand command);

  void remove(RemoveContactCommand command);
}
