package org.opencrm.crm.adapter.in.rest.lead;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.opencrm.crm.adapter.in.rest.common.ContactInputs;
import org.opencrm.crm.adapter.in.rest.common.MergePatch;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadPatchRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolPolicyRequest;
import org.opencrm.crm.application.lead.port.in.LeadPatch;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;

/** Lead requests into domain values: phones read in the default region, enums by name. */
@ApplicationScoped
class LeadInputs {

  private final ContactInputs contactData;

  LeadInputs(ContactInputs contactData) {
    this.contactData = contactData;
  }

  LeadProfile profile(LeadRequest request) {
    return new LeadProfile(
        request.personName(),
        request.company(),
        request.title(),
        contactData.phones(request.phones()),
        contactData.email(request.email()),
        ContactInputs.creditCode(request.unifiedSocialCreditCode()),
        request.sourceChannel() == null
            ? null
            : SourceChannel.valueOf(request.sourceChannel().name()),
        request.industry(),
        request.sizeBand() == null ? null : SizeBand.valueOf(request.sizeBand().name()),
        region(request.region()),
        request.notes(),
        Tags.of(request.tags()));
  }

  LeadPatch patch(JsonNode document, LeadPatchRequest request) {
    return new LeadPatch(
        MergePatch.field(document, "personName", request.personName()),
        MergePatch.field(document, "company", request.company()),
        MergePatch.field(document, "title", request.title()),
        MergePatch.field(document, "phones", request.phones(), contactData::phones),
        MergePatch.field(document, "email", request.email(), contactData::email),
        MergePatch.field(
            document,
            "unifiedSocialCreditCode",
            request.unifiedSocialCreditCode(),
            ContactInputs::creditCode),
        MergePatch.field(
            document,
            "sourceChannel",
            request.sourceChannel(),
            channel -> SourceChannel.valueOf(channel.name())),
        MergePatch.field(document, "industry", request.industry()),
        MergePatch.field(
            document, "sizeBand", request.sizeBand(), band -> SizeBand.valueOf(band.name())),
        MergePatch.regionPart(document, "province", () -> request.region().province()),
        MergePatch.regionPart(document, "city", () -> request.region().city()),
        MergePatch.field(document, "notes", request.notes()),
        MergePatch.field(document, "tags", request.tags()));
  }

  static PoolPolicy policy(PoolPolicyRequest request) {
    return new PoolPolicy(
        request.maxHeldLeads(),
        request.maxClaimsPerDay(),
        request.followUpDeadlineDays(),
        request.conversionDeadlineDays(),
        request.reclaimCooldownDays());
  }

  private static Region region(RegionDto region) {
    return region == null ? null : new Region(region.province(), region.city());
  }
}
