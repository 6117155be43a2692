package org.opencrm.crm.application.contract;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.application.opportunity.LineDraft;
import org.opencrm.crm.domain.contract.Attachment;
import org.opencrm.crm.domain.shared.Money;

/** A contract's details as a request gives them: an amount or line items (not both). */
public record ContractDraft(
    String title,
    Money amount,
    List<LineDraft> lineItems,
    LocalDate signedOn,
    LocalDate startsOn,
    LocalDate endsOn,
    List<Attachment> attachments) {}
