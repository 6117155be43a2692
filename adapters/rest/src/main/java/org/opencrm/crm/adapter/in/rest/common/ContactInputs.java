package org.opencrm.crm.adapter.in.rest.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.PhoneNumber;

/**
 * Turns typed phone numbers, e-mails and credit codes into values, reading national numbers in the
 * configured default region and reporting a bad number against its position ({@code phones[1]}).
 */
@ApplicationScoped
public class ContactInputs {

  private final String defaultRegion;

  ContactInputs(
      @ConfigProperty(name = "crm.phone.default-region", defaultValue = "CN")
          String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  public List<PhoneNumber> phones(List<String> typed) {
    List<PhoneNumber> phones = new ArrayList<>();
    if (typed == null) {
      return phones;
    }
    for (int i = 0; i < typed.size(); i++) {
      try {
        phones.add(PhoneNumber.parse(typed.get(i), defaultRegion));
      } catch (InvalidValueException e) {
        throw e.at("phones[" + i + "]");
      }
    }
    return phones;
  }

  /** A 统一社会信用代码 as typed; blank is none. */
  public static UnifiedSocialCreditCode creditCode(String typed) {
    return typed == null || typed.isBlank() ? null : new UnifiedSocialCreditCode(typed);
  }

  public EmailAddress email(String typed) {
    return typed == null || typed.isBlank() ? null : new EmailAddress(typed);
  }
}
