package org.opencrm.crm.application.customer.port.in;

import java.util.List;
import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.domain.customer.CustomerKind;
import org.opencrm.crm.domain.customer.DemandStatus;
import org.opencrm.crm.domain.customer.Importance;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.SourceChannel;

/** The fields a merge patch of a customer may change; each absent, set or cleared. */
public record CustomerPatch(
    PatchField<String> name,
    PatchField<CustomerKind> kind,
    PatchField<String> industry,
    PatchField<SizeBand> sizeBand,
    PatchField<String> province,
    PatchField<String> city,
    PatchField<SourceChannel> sourceChannel,
    PatchField<List<String>> tags,
    PatchField<Importance> importance,
    PatchField<DemandStatus> demandStatus,
    PatchField<String> notes,
    PatchField<UnifiedSocialCreditCode> creditCode,
    PatchField<String> ownerId,
    PatchField<String> team) {}
