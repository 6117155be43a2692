package org.opencrm.crm.adapter.in.rest.contract.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "Receivable",
    description =
        "What the contract is owed (应收) as of today: payments are allocated to installments"
            + " oldest due first; reversed payments stay listed but do not count.")
public record ReceivableResponse(
    @Schema(required = true) MoneyDto contracted,
    @Schema(required = true) MoneyDto invoiced,
    @Schema(required = true) MoneyDto received,
    @Schema(required = true) MoneyDto outstanding,
    @Schema(required = true, description = "Outstanding on installments past their due date")
        MoneyDto overdue,
    @Schema(required = true) List<Installment> installments,
    @Schema(required = true) List<PaymentEntry> payments,
    @Schema(required = true) List<InvoiceEntry> invoices) {

  @Schema(name = "Installment", description = "One installment as of today.")
  public record Installment(
      @Schema(required = true, examples = "1") int number,
      @Schema(required = true) LocalDate dueOn,
      @Schema(required = true) MoneyDto amount,
      @Schema(required = true) MoneyDto paid,
      @Schema(required = true) MoneyDto outstanding,
      @Schema(required = true) boolean overdue,
      @Schema(required = true, examples = "0") long daysOverdue) {}

  @Schema(name = "Payment", description = "Money received (回款); never edited, only reversed.")
  public record PaymentEntry(
      @Schema(required = true) UUID id,
      @Schema(required = true) LocalDate receivedOn,
      @Schema(required = true) MoneyDto amount,
      @Schema(required = true, examples = "bank transfer") String method,
      @Schema(nullable = true, examples = "TX-20261203-0001") String reference,
      @Schema(required = true) boolean reversed,
      @Schema(nullable = true) String reversalReason) {}

  @Schema(name = "Invoice", description = "An invoice issued (发票).")
  public record InvoiceEntry(
      @Schema(required = true) UUID id,
      @Schema(required = true, examples = "FP-2026-000123") String number,
      @Schema(required = true) LocalDate issuedOn,
      @Schema(required = true) MoneyDto amount,
      @Schema(required = true) InvoiceTypeDto type) {}
}
