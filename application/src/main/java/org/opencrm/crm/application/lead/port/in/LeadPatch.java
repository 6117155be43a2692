package org.opencrm.crm.application.lead.port.in;

import java.util.List;
import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.SourceChannel;

/** The fields a merge patch of a lead may change; each absent, set or cleared. */
public record LeadPatch(
    PatchField<String> personName,
    PatchField<String> company,
    PatchField<String> title,
    PatchField<List<PhoneNumber>> phones,
    PatchField<EmailAddress> email,
    PatchField<UnifiedSocialCreditCode> creditCode,
    PatchField<SourceChannel> source,
    PatchField<String> industry,
    PatchField<SizeBand> sizeBand,
    PatchField<String> province,
    PatchField<String> city,
    PatchField<String> notes,
    PatchField<List<String>> tags) {}
