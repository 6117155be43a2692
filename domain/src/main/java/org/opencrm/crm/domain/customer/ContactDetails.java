package org.opencrm.crm.domain.customer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Text;

/** What we know about a contact person (联系人). Phones are de-duplicated, at most five. */
public record ContactDetails(
    String name,
    String title,
    List<PhoneNumber> phones,
    EmailAddress email,
    boolean primary,
    boolean marketingConsent) {

  public static final String TOO_MANY_PHONES = "contact.too-many-phones";
  private static final int MAX_PHONES = 5;

  public ContactDetails {
    name = Text.required("name", name, 100);
    title = Text.optional("title", title, 100);
    phones = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(phones, List.of())));
    if (phones.size() > MAX_PHONES) {
      throw new InvalidValueException(
          TOO_MANY_PHONES, "phones", "A contact has at most " + MAX_PHONES + " phone numbers");
    }
  }

  ContactDetails asPrimary(boolean isPrimary) {
    return new ContactDetails(name, title, phones, email, isPrimary, marketingConsent);
  }
}
