package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.shared.Money;

/** An invoice issued against a contract (开票): its number, date, amount and kind. */
public record Invoice(UUID id, String number, LocalDate issuedOn, Money amount, InvoiceType type) {}
