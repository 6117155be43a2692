package org.opencrm.crm.adapter.in.rest.customer;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.ContactInputs;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.ContactResponse;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerKindDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerRequest;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerResponse;
import org.opencrm.crm.adapter.in.rest.customer.dto.DemandStatusDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.ImportanceDto;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.in.ContactView;
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

/** Customer and contact read models to the published JSON shapes, and requests back. */
@Mapper(config = RestMapperConfig.class)
public interface CustomerRestMapper {

  @Mapping(target = "name", source = "profile.name")
  @Mapping(target = "kind", source = "profile.kind")
  @Mapping(target = "industry", source = "profile.industry")
  @Mapping(target = "sizeBand", source = "profile.sizeBand")
  @Mapping(target = "region", source = "profile.region")
  @Mapping(target = "sourceChannel", source = "profile.sourceChannel")
  @Mapping(target = "tags", source = "profile.tags")
  @Mapping(target = "importance", source = "profile.importance")
  @Mapping(target = "demandStatus", source = "profile.demandStatus")
  @Mapping(target = "notes", source = "profile.notes")
  @Mapping(target = "unifiedSocialCreditCode", source = "profile.creditCode")
  CustomerResponse toResponse(CustomerView view);

  @Mapping(target = "creditCode", source = "unifiedSocialCreditCode")
  CustomerProfile toProfile(CustomerRequest request);

  RegionDto toDto(Region region);

  CustomerKind kind(CustomerKindDto kind);

  SizeBand sizeBand(SizeBandDto sizeBand);

  SourceChannel sourceChannel(SourceChannelDto channel);

  Importance importance(ImportanceDto importance);

  DemandStatus demandStatus(DemandStatusDto status);

  Region toRegion(RegionDto region);

  @Mapping(target = "name", source = "details.name")
  @Mapping(target = "title", source = "details.title")
  @Mapping(target = "phones", source = "details.phones")
  @Mapping(target = "email", source = "details.email")
  @Mapping(target = "primary", source = "details.primary")
  @Mapping(target = "marketingConsent", source = "details.marketingConsent")
  ContactResponse toResponse(ContactView view);

  default List<String> tagValues(Tags tags) {
    return tags == null ? List.of() : tags.values();
  }

  default Tags tags(List<String> values) {
    return Tags.of(values);
  }

  default String creditCodeText(UnifiedSocialCreditCode code) {
    return code == null ? null : code.value();
  }

  default UnifiedSocialCreditCode creditCode(String text) {
    return ContactInputs.creditCode(text);
  }

  default String phoneText(PhoneNumber phone) {
    return phone.e164();
  }

  default String emailText(EmailAddress email) {
    return email == null ? null : email.value();
  }
}
