package org.opencrm.crm.domain.lead;

import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.CustomerKind;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.DemandStatus;
import org.opencrm.crm.domain.customer.Importance;

/**
 * What a converted lead becomes (线索转化): a customer named after its company (or, without one, its
 * person), and that person as the customer's contact. Marketing consent is not carried over: a
 * lead's form gives none, so it starts as not given.
 */
public final class LeadConversion {

  private LeadConversion() {}

  public static CustomerProfile customerProfile(LeadProfile lead) {
    boolean company = lead.company() != null;
    return new CustomerProfile(
        company ? lead.company() : lead.personName(),
        company ? CustomerKind.COMPANY : CustomerKind.PERSON,
        lead.industry(),
        lead.sizeBand(),
        lead.region(),
        lead.source(),
        lead.tags(),
        Importance.NORMAL,
        DemandStatus.TARGET,
        lead.notes(),
        company ? lead.creditCode() : null);
  }

  /** The lead's person as a contact; primary when they are the new customer's first. */
  public static ContactDetails contact(LeadProfile lead, boolean primary) {
    String name = lead.personName() != null ? lead.personName() : lead.company();
    return new ContactDetails(name, lead.title(), lead.phones(), lead.email(), primary, false);
  }
}
