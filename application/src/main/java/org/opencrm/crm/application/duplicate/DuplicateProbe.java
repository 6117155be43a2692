package org.opencrm.crm.application.duplicate;

import java.util.List;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;

/** The data that identifies a party, to look for it among leads, customers and contacts. */
public record DuplicateProbe(
    List<PhoneNumber> phones,
    EmailAddress email,
    UnifiedSocialCreditCode creditCode,
    String company) {

  public DuplicateProbe {
    phones = phones == null ? List.of() : List.copyOf(phones);
  }

  public boolean isEmpty() {
    return phones.isEmpty() && email == null && creditCode == null && company == null;
  }
}
