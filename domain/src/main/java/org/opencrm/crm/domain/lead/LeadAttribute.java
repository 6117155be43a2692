package org.opencrm.crm.domain.lead;

import java.util.List;
import java.util.stream.Stream;
import org.opencrm.crm.domain.customer.SizeBand;

/**
 * What a scoring rule can look at in a lead. Text attributes compare case-insensitively; the
 * numeric ones (size band by rank, counts) also compare with greater-than.
 */
public enum LeadAttribute {
  SOURCE,
  INDUSTRY,
  SIZE_BAND,
  PROVINCE,
  CITY,
  TITLE,
  TAG,
  COMPANY,
  EMAIL,
  PHONE,
  CREDIT_CODE,
  PHONE_COUNT,
  TAG_COUNT;

  /** The attribute's values in the lead (empty when absent; several for tags and phones). */
  public List<String> values(LeadProfile lead) {
    return switch (this) {
      case SOURCE -> List.of(lead.source().name());
      case INDUSTRY -> optional(lead.industry());
      case SIZE_BAND -> lead.sizeBand() == null ? List.of() : List.of(lead.sizeBand().name());
      case PROVINCE -> optional(lead.region().province());
      case CITY -> optional(lead.region().city());
      case TITLE -> optional(lead.title());
      case TAG -> lead.tags().values();
      case COMPANY -> optional(lead.company());
      case EMAIL -> lead.email() == null ? List.of() : List.of(lead.email().value());
      case PHONE -> lead.phones().stream().map(p -> p.e164()).toList();
      case CREDIT_CODE ->
          lead.creditCode() == null ? List.of() : List.of(lead.creditCode().value());
      case PHONE_COUNT -> List.of(Integer.toString(lead.phones().size()));
      case TAG_COUNT -> List.of(Integer.toString(lead.tags().values().size()));
    };
  }

  public boolean isNumeric() {
    return this == SIZE_BAND || this == PHONE_COUNT || this == TAG_COUNT;
  }

  /** A value of this attribute as a number (size bands by rank), or null when it is none. */
  public Integer number(String value) {
    if (this == SIZE_BAND) {
      return Stream.of(SizeBand.values())
          .filter(band -> band.name().equalsIgnoreCase(value.strip()))
          .findFirst()
          .map(Enum::ordinal)
          .orElse(null);
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> optional(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
