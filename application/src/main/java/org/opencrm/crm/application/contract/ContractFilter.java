package org.opencrm.crm.application.contract;

import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.application.opportunity.OpportunityFilter;
import org.opencrm.crm.domain.contract.ContractStatus;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

/** Filters of the contract list; null means any. EXPIRED means active past its end date. */
public record ContractFilter(
    String ownerId,
    String team,
    UUID customerId,
    ContractStatus status,
    LocalDate signedFrom,
    LocalDate signedTo) {

  public ContractFilter {
    ownerId = Text.optional("ownerId", ownerId, 255);
    team = Text.optional("team", team, 100);
    if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
      throw new InvalidValueException(
          OpportunityFilter.RANGE_INVALID, "signedTo", "signedTo is before signedFrom");
    }
  }
}
