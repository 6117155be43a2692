package org.opencrm.crm.domain.lead;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.Text;

/**
 * What is known about a lead's person and company: everything but ownership and lifecycle. A lead
 * names at least a person or a company; phones are unique and at most five.
 */
public record LeadProfile(
    String personName,
    String company,
    String title,
    List<PhoneNumber> phones,
    EmailAddress email,
    UnifiedSocialCreditCode creditCode,
    SourceChannel source,
    String industry,
    SizeBand sizeBand,
    Region region,
    String notes,
    Tags tags) {

  public static final String NAMELESS = "lead.nameless";
  public static final String TOO_MANY_PHONES = "lead.too-many-phones";
  private static final int MAX_PHONES = 5;

  public LeadProfile {
    personName = Text.optional("personName", personName, 100);
    company = Text.optional("company", company, 200);
    if (personName == null && company == null) {
      throw new InvalidValueException(
          NAMELESS, "personName", "A lead names at least a person or a company");
    }
    title = Text.optional("title", title, 100);
    phones = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(phones, List.of())));
    if (phones.size() > MAX_PHONES) {
      throw new InvalidValueException(
          TOO_MANY_PHONES, "phones", "At most " + MAX_PHONES + " phone numbers");
    }
    source = Objects.requireNonNullElse(source, SourceChannel.OTHER);
    industry = Text.optional("industry", industry, 100);
    region = Objects.requireNonNullElse(region, Region.UNKNOWN);
    notes = Text.optional("notes", notes, 4000);
    tags = Objects.requireNonNullElse(tags, Tags.NONE);
  }

  /** Whether the data that identifies the party (for 查重) differs from the other profile's. */
  public boolean identifiesDifferentlyFrom(LeadProfile other) {
    return !phones.equals(other.phones)
        || !Objects.equals(email, other.email)
        || !Objects.equals(creditCode, other.creditCode)
        || !Objects.equals(company, other.company);
  }
}
