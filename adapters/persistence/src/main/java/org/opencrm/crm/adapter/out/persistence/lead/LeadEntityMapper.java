package org.opencrm.crm.adapter.out.persistence.lead;

import java.util.Arrays;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** Lead aggregate to and from its row; by hand for the reason given in CustomerEntityMapper. */
final class LeadEntityMapper {

  private LeadEntityMapper() {}

  static Lead toDomain(LeadEntity entity) {
    return Lead.restore(
        new LeadId(entity.getId()),
        new LeadProfile(
            entity.getPersonName(),
            entity.getCompany(),
            entity.getTitle(),
            Arrays.stream(entity.getPhones()).map(PhoneNumber::new).toList(),
            entity.getEmail() == null ? null : new EmailAddress(entity.getEmail()),
            entity.getCreditCode() == null
                ? null
                : new UnifiedSocialCreditCode(entity.getCreditCode()),
            SourceChannel.valueOf(entity.getSource()),
            entity.getIndustry(),
            entity.getSizeBand() == null ? null : SizeBand.valueOf(entity.getSizeBand()),
            new Region(entity.getProvince(), entity.getCity()),
            entity.getNotes(),
            new Tags(Arrays.asList(entity.getTags()))),
        LeadStatus.valueOf(entity.getStatus()),
        entity.getOwnerId() == null ? null : new UserId(entity.getOwnerId()),
        entity.getTeam() == null ? null : new TeamId(entity.getTeam()),
        entity.getHeldSince(),
        entity.getLastFollowUpAt(),
        entity.getCloseReason(),
        entity.getCustomerId(),
        entity.getScore(),
        entity.getGrade(),
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        entity.getVersion() == null ? 0 : entity.getVersion());
  }

  static void copy(Lead lead, LeadEntity entity) {
    LeadProfile profile = lead.profile();
    entity.setPersonName(profile.personName());
    entity.setCompany(profile.company());
    entity.setTitle(profile.title());
    entity.setPhones(profile.phones().stream().map(PhoneNumber::e164).toArray(String[]::new));
    entity.setEmail(profile.email() == null ? null : profile.email().value());
    entity.setCreditCode(profile.creditCode() == null ? null : profile.creditCode().value());
    entity.setSource(profile.source().name());
    entity.setIndustry(profile.industry());
    entity.setSizeBand(profile.sizeBand() == null ? null : profile.sizeBand().name());
    entity.setProvince(profile.region().province());
    entity.setCity(profile.region().city());
    entity.setNotes(profile.notes());
    entity.setTags(profile.tags().values().toArray(String[]::new));
    entity.setStatus(lead.status().name());
    entity.setOwnerId(lead.owner() == null ? null : lead.owner().value());
    entity.setTeam(lead.team() == null ? null : lead.team().value());
    entity.setHeldSince(lead.heldSince());
    entity.setLastFollowUpAt(lead.lastFollowUpAt());
    entity.setCloseReason(lead.closeReason());
    entity.setCustomerId(lead.customerId());
    entity.setScore(lead.score());
    entity.setGrade(lead.grade());
    entity.setCreatedAt(lead.createdAt());
    entity.setUpdatedAt(lead.updatedAt());
  }
}
