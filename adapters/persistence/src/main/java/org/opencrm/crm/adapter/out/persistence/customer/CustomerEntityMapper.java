package org.opencrm.crm.adapter.out.persistence.customer;

import java.util.Arrays;
import java.util.List;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.ContactId;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.customer.CustomerKind;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.DemandStatus;
import org.opencrm.crm.domain.customer.Importance;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * Customer aggregate to and from its rows. Written by hand rather than with MapStruct: the
 * aggregate has intent methods and {@code restore}, not bean properties, so generated code would be
 * one expression per field anyway.
 */
final class CustomerEntityMapper {

  private CustomerEntityMapper() {}

  static Customer toDomain(CustomerEntity entity) {
    return Customer.restore(
        new CustomerId(entity.getId()),
        profile(
            entity.getName(),
            entity.getKind(),
            entity.getIndustry(),
            entity.getSizeBand(),
            entity.getProvince(),
            entity.getCity(),
            entity.getSourceChannel(),
            entity.getTags(),
            entity.getImportance(),
            entity.getDemandStatus(),
            entity.getNotes(),
            entity.getCreditCode()),
        new UserId(entity.getOwnerId()),
        entity.getTeam() == null ? null : new TeamId(entity.getTeam()),
        entity.getContacts().stream().map(CustomerEntityMapper::toDomain).toList(),
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        entity.getArchivedAt(),
        versionOf(entity.getVersion()));
  }

  /** Rows not yet flushed have no version: they are at version 0. */
  private static long versionOf(Long version) {
    return version == null ? 0 : version;
  }

  static CustomerProfile profile(
      String name,
      String kind,
      String industry,
      String sizeBand,
      String province,
      String city,
      String sourceChannel,
      String[] tags,
      String importance,
      String demandStatus,
      String notes,
      String creditCode) {
    return new CustomerProfile(
        name,
        CustomerKind.valueOf(kind),
        industry,
        sizeBand == null ? null : SizeBand.valueOf(sizeBand),
        new Region(province, city),
        SourceChannel.valueOf(sourceChannel),
        new Tags(tags == null ? List.of() : Arrays.asList(tags)),
        Importance.valueOf(importance),
        DemandStatus.valueOf(demandStatus),
        notes,
        creditCode == null ? null : new UnifiedSocialCreditCode(creditCode));
  }

  static Contact toDomain(ContactEntity entity) {
    return Contact.restore(
        new ContactId(entity.getId()),
        new ContactDetails(
            entity.getName(),
            entity.getTitle(),
            Arrays.stream(entity.getPhones()).map(PhoneNumber::new).toList(),
            entity.getEmail() == null ? null : new EmailAddress(entity.getEmail()),
            entity.isPrimary(),
            entity.isMarketingConsent()),
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        versionOf(entity.getVersion()));
  }

  static void copy(Customer customer, CustomerEntity entity) {
    CustomerProfile profile = customer.profile();
    entity.setName(profile.name());
    entity.setKind(profile.kind().name());
    entity.setIndustry(profile.industry());
    entity.setSizeBand(profile.sizeBand() == null ? null : profile.sizeBand().name());
    entity.setProvince(profile.region().province());
    entity.setCity(profile.region().city());
    entity.setSourceChannel(profile.sourceChannel().name());
    String[] tags = profile.tags().values().toArray(String[]::new);
    if (entity.getTags() == null || !Arrays.equals(entity.getTags(), tags)) {
      entity.setTags(tags);
    }
    entity.setImportance(profile.importance().name());
    entity.setDemandStatus(profile.demandStatus().name());
    entity.setNotes(profile.notes());
    entity.setCreditCode(profile.creditCode() == null ? null : profile.creditCode().value());
    entity.setOwnerId(customer.owner().value());
    entity.setTeam(customer.team() == null ? null : customer.team().value());
    entity.setCreatedAt(customer.createdAt());
    entity.setUpdatedAt(customer.updatedAt());
    entity.setArchivedAt(customer.archivedAt());
  }

  static void copy(Contact contact, ContactEntity entity) {
    ContactDetails details = contact.details();
    entity.setName(details.name());
    entity.setTitle(details.title());
    String[] phones = details.phones().stream().map(PhoneNumber::e164).toArray(String[]::new);
    if (entity.getPhones() == null || !Arrays.equals(entity.getPhones(), phones)) {
      entity.setPhones(phones);
    }
    entity.setEmail(details.email() == null ? null : details.email().value());
    entity.setPrimary(details.primary());
    entity.setMarketingConsent(details.marketingConsent());
    entity.setCreatedAt(contact.createdAt());
    entity.setUpdatedAt(contact.updatedAt());
  }
}
