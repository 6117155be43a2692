package org.opencrm.crm.application.receivable;

import org.opencrm.crm.domain.shared.Money;

/**
 * What contracts in one currency are owed (应收) as of a day: contracted, invoiced, received
 * (reversed payments left out), outstanding, and of it overdue (on installments past due, the
 * payments allocated oldest due first).
 */
public record ReceivableTotals(
    Money contracted, Money invoiced, Money received, Money outstanding, Money overdue) {}
