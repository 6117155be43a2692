package org.opencrm.crm.adapter.in.rest.receivable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

/** The receivables' published shapes. */
public final class ReceivableDtos {

  private ReceivableDtos() {}

  @Schema(
      name = "ReceivableTotals",
      description =
          "What contracts in force or fulfilled owe in one currency, as of today: contracted,"
              + " invoiced, received (reversed payments left out), outstanding, and of it overdue.")
  public record Totals(
      @Schema(required = true) MoneyDto contracted,
      @Schema(required = true) MoneyDto invoiced,
      @Schema(required = true) MoneyDto received,
      @Schema(required = true) MoneyDto outstanding,
      @Schema(required = true) MoneyDto overdue) {}

  @Schema(name = "CustomerReceivables", description = "A customer's receivable, per currency.")
  public record CustomerReceivables(@Schema(required = true) List<Totals> items) {}

  @Schema(
      name = "AgingLine",
      description = "What is owed in one currency by how long it is overdue (账龄).")
  public record Aging(
      @Schema(
              nullable = true,
              description = "The rep or team (\"(no team)\" for records without); absent in totals",
              examples = "li.lei")
          String holder,
      @Schema(required = true) MoneyDto notDue,
      @Schema(required = true) MoneyDto days1To30,
      @Schema(required = true) MoneyDto days31To60,
      @Schema(required = true) MoneyDto days61To90,
      @Schema(required = true) MoneyDto over90,
      @Schema(required = true) MoneyDto total) {}

  @Schema(
      name = "AgingReport",
      description = "The aging report in the caller's scope: per holder, and per currency in all.")
  public record AgingReport(
      @Schema(
              required = true,
              enumeration = {"owner", "team"})
          String groupBy,
      @Schema(required = true) List<Aging> items,
      @Schema(required = true) List<Aging> totals) {}

  @Schema(
      name = "DueItem",
      description =
          "Something of a contract falling due: an installment (due or overdue, with what is left"
              + " of it) or the contract's end (renewal).")
  public record Due(
      @Schema(
              required = true,
              enumeration = {"INSTALLMENT_DUE", "INSTALLMENT_OVERDUE", "CONTRACT_ENDING"})
          String kind,
      @Schema(required = true) LocalDate dueOn,
      @Schema(required = true) UUID contractId,
      @Schema(required = true, examples = "HT-202612-00042") String contractNumber,
      @Schema(required = true) UUID customerId,
      @Schema(required = true, examples = "杭州西湖科技有限公司") String customerName,
      @Schema(nullable = true, description = "The installment's number", examples = "2")
          Integer installment,
      @Schema(nullable = true, description = "What is left of the installment")
          MoneyDto outstanding,
      @Schema(required = true, examples = "li.lei") String ownerId,
      @Schema(nullable = true, examples = "east") String team) {}

  @Schema(name = "DueItems", description = "What falls due, earliest first (at most 1000).")
  public record DueItems(@Schema(required = true) List<Due> items) {}
}
