package org.opencrm.crm.application.contract.port.in;

import java.util.UUID;
import org.opencrm.crm.application.contract.ContractDraft;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Drafts a contract for a customer the caller sees (or for the customer of an opportunity the
 * caller sees): under the given number or one drawn from the pattern; held by the customer's owner
 * unless a rep is named; a likely duplicate is let in only with {@code allowDuplicate} and a
 * reason, by a manager or an admin.
 */
public record DraftContractCommand(
    Actor actor,
    UUID customerId,
    UUID opportunityId,
    String number,
    ContractDraft draft,
    String ownerId,
    boolean allowDuplicate,
    String duplicateReason) {}
