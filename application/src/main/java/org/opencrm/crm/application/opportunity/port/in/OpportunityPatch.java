package org.opencrm.crm.application.opportunity.port.in;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.application.opportunity.LineDraft;
import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.shared.Money;

/**
 * The fields a merge patch of an opportunity may change; each absent, set or cleared. Setting an
 * amount drops the line items, setting line items replaces the amount with their total.
 */
public record OpportunityPatch(
    PatchField<String> name,
    PatchField<Money> amount,
    PatchField<List<LineDraft>> lineItems,
    PatchField<LocalDate> expectedCloseDate,
    PatchField<String> source,
    PatchField<String> nextStep,
    PatchField<String> competitor,
    PatchField<List<DealContact>> contacts,
    PatchField<String> ownerId,
    PatchField<String> team) {}
