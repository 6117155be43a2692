package org.opencrm.crm.application.contract.port.in;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.application.opportunity.LineDraft;
import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.domain.contract.Attachment;
import org.opencrm.crm.domain.shared.Money;

/** The fields a merge patch of a contract may change (details while a draft; the holder always). */
public record ContractPatch(
    PatchField<String> title,
    PatchField<Money> amount,
    PatchField<List<LineDraft>> lineItems,
    PatchField<LocalDate> signedOn,
    PatchField<LocalDate> startsOn,
    PatchField<LocalDate> endsOn,
    PatchField<List<Attachment>> attachments,
    PatchField<String> ownerId,
    PatchField<String> team) {

  /** Whether it touches the contract's details (not only who holds it). */
  public boolean touchesDetails() {
    return title.present()
        || amount.present()
        || lineItems.present()
        || signedOn.present()
        || startsOn.present()
        || endsOn.present()
        || attachments.present();
  }
}
