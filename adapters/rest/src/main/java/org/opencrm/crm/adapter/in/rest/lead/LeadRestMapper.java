package org.opencrm.crm.adapter.in.rest.lead;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.DuplicateRestMapper;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadPage;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolPolicyResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolSimulationResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolStatusResponse;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.pool.PoolSimulation;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.application.pool.port.in.PoolStatusView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;
import org.opencrm.crm.domain.shared.ContactDataMask;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.Tags;

/** Lead read models to the published JSON; masked leads show masked phones and e-mail. */
@Mapper(config = RestMapperConfig.class, uses = DuplicateRestMapper.class)
public interface LeadRestMapper {

  @Mapping(target = "personName", source = "view.profile.personName")
  @Mapping(target = "company", source = "view.profile.company")
  @Mapping(target = "title", source = "view.profile.title")
  @Mapping(target = "phones", expression = "java(phones(view))")
  @Mapping(target = "email", expression = "java(email(view))")
  @Mapping(target = "unifiedSocialCreditCode", source = "view.profile.creditCode")
  @Mapping(target = "sourceChannel", source = "view.profile.source")
  @Mapping(target = "industry", source = "view.profile.industry")
  @Mapping(target = "sizeBand", source = "view.profile.sizeBand")
  @Mapping(target = "region", source = "view.profile.region")
  @Mapping(target = "notes", source = "view.profile.notes")
  @Mapping(target = "tags", source = "view.profile.tags")
  @Mapping(target = "possibleDuplicates", source = "possibleDuplicates")
  LeadResponse toResponse(LeadView view, List<DisclosedDuplicate> possibleDuplicates);

  default LeadResponse toResponse(LeadView view) {
    return toResponse(view, null);
  }

  default LeadPage toPage(Page<LeadView> page) {
    return new LeadPage(page.items().stream().map(this::toResponse).toList(), page.nextCursor());
  }

  default List<String> phones(LeadView view) {
    return view.profile().phones().stream()
        .map(phone -> view.masked() ? ContactDataMask.phone(phone) : phone.e164())
        .toList();
  }

  default String email(LeadView view) {
    if (view.profile().email() == null) {
      return null;
    }
    return view.masked()
        ? ContactDataMask.email(view.profile().email())
        : view.profile().email().value();
  }

  RegionDto toDto(Region region);

  @Mapping(target = "maxHeldLeads", source = "policy.maxHeldLeads")
  @Mapping(target = "maxClaimsPerDay", source = "policy.maxClaimsPerDay")
  @Mapping(target = "followUpDeadlineDays", source = "policy.followUpDeadlineDays")
  @Mapping(target = "conversionDeadlineDays", source = "policy.conversionDeadlineDays")
  @Mapping(target = "reclaimCooldownDays", source = "policy.reclaimCooldownDays")
  PoolPolicyResponse toResponse(VersionedPoolPolicy policy);

  PoolStatusResponse toResponse(PoolStatusView status);

  PoolSimulationResponse toResponse(PoolSimulation simulation);

  PoolSimulationResponse.Day toResponse(PoolSimulation.Day day);

  PoolSimulationResponse.Owner toResponse(PoolSimulation.OwnerCount owner);

  default List<String> tagValues(Tags tags) {
    return tags == null ? List.of() : tags.values();
  }

  default String creditCodeText(UnifiedSocialCreditCode code) {
    return code == null ? null : code.value();
  }

  default String phoneText(PhoneNumber phone) {
    return phone.e164();
  }
}
