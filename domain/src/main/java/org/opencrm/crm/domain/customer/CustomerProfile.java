package org.opencrm.crm.domain.customer;

import java.util.Objects;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.Text;

/**
 * What the sales team records about a customer: everything but ownership and lifecycle. Replaced as
 * a whole on every revision so that its rules are checked in one place.
 */
public record CustomerProfile(
    String name,
    CustomerKind kind,
    String industry,
    SizeBand sizeBand,
    Region region,
    SourceChannel sourceChannel,
    Tags tags,
    Importance importance,
    DemandStatus demandStatus,
    String notes,
    UnifiedSocialCreditCode creditCode) {

  public static final String CREDIT_CODE_FOR_PERSON = "customer.credit-code-for-person";

  public CustomerProfile {
    name = Text.required("name", name, 200);
    kind = Objects.requireNonNullElse(kind, CustomerKind.COMPANY);
    industry = Text.optional("industry", industry, 100);
    region = Objects.requireNonNullElse(region, Region.UNKNOWN);
    sourceChannel = Objects.requireNonNullElse(sourceChannel, SourceChannel.OTHER);
    tags = Objects.requireNonNullElse(tags, Tags.NONE);
    importance = Objects.requireNonNullElse(importance, Importance.NORMAL);
    demandStatus = Objects.requireNonNullElse(demandStatus, DemandStatus.POTENTIAL);
    notes = Text.optional("notes", notes, 4000);
    if (creditCode != null && kind == CustomerKind.PERSON) {
      throw new InvalidValueException(
          CREDIT_CODE_FOR_PERSON,
          "unifiedSocialCreditCode",
          "Only a company has a unified social credit code");
    }
  }
}
