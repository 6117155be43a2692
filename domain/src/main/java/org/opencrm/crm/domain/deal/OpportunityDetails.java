package org.opencrm.crm.domain.deal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

/** What a rep says of an opportunity; the value may still be unknown early on. */
public record OpportunityDetails(
    String name,
    DealValue value,
    LocalDate expectedCloseDate,
    String source,
    String nextStep,
    String competitor,
    List<DealContact> contacts) {

  public static final String DUPLICATE_CONTACT = "opportunity.contact-repeated";

  public OpportunityDetails {
    name = Text.required("name", name, 200);
    source = Text.optional("source", source, 50);
    nextStep = Text.optional("nextStep", nextStep, 500);
    competitor = Text.optional("competitor", competitor, 200);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < contacts.size(); i++) {
      if (!seen.add(contacts.get(i).contactId())) {
        throw new InvalidValueException(
            DUPLICATE_CONTACT, "contacts[" + i + "].contactId", "A contact is named once");
      }
    }
  }

  /** The fields it has of those a stage may require. */
  public Set<DealField> present() {
    Set<DealField> present = EnumSet.noneOf(DealField.class);
    if (value != null) {
      present.add(DealField.AMOUNT);
    }
    if (expectedCloseDate != null) {
      present.add(DealField.EXPECTED_CLOSE_DATE);
    }
    if (nextStep != null) {
      present.add(DealField.NEXT_STEP);
    }
    if (!contacts.isEmpty()) {
      present.add(DealField.CONTACTS);
    }
    if (competitor != null) {
      present.add(DealField.COMPETITOR);
    }
    return present;
  }
}
