package org.opencrm.crm.application.opportunity;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.shared.Money;

/**
 * An opportunity's details as a request gives them: a plain amount or line items (not both), the
 * lines naming products still to be looked up.
 */
public record OpportunityDraft(
    String name,
    Money amount,
    List<LineDraft> lineItems,
    LocalDate expectedCloseDate,
    String source,
    String nextStep,
    String competitor,
    List<DealContact> contacts) {}
