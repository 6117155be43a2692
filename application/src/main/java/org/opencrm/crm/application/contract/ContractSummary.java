package org.opencrm.crm.application.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.contract.ApprovalLevel;
import org.opencrm.crm.domain.contract.ContractStatus;
import org.opencrm.crm.domain.shared.Money;

/** A contract as lists and the approval queue show it, with what was received and invoiced. */
public record ContractSummary(
    UUID id,
    String number,
    UUID customerId,
    String customerName,
    String title,
    Money amount,
    ContractStatus status,
    ApprovalLevel pendingLevel,
    LocalDate signedOn,
    LocalDate startsOn,
    LocalDate endsOn,
    Money received,
    Money invoiced,
    String ownerId,
    String team,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
