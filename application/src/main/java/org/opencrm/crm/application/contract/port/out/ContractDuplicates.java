package org.opencrm.crm.application.contract.port.out;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.application.contract.ContractCandidate;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.Money;

/** Finds contracts that look like the one being entered (撞单), whoever holds them. */
public interface ContractDuplicates {

  /** The customer's contracts of this exact amount signed that day (terminated ones left out). */
  List<ContractCandidate> sameDeal(CustomerId customer, Money amount, LocalDate signedOn);
}
