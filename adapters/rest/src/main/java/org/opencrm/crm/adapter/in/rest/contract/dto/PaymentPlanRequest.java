package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "PaymentPlanRequest",
    description =
        "The installments, due in order, adding up exactly to the contract amount (1 to 120).")
public record PaymentPlanRequest(
    @Schema(required = true) @NotNull @Size(max = 120)
        List<@NotNull @Valid InstallmentRequest> installments) {

  @Schema(name = "InstallmentRequest", description = "One installment: due on a day, an amount.")
  public record InstallmentRequest(
      @Schema(required = true, examples = "2027-01-31") @NotNull LocalDate dueOn,
      @Schema(required = true) @NotNull @Valid MoneyDto amount) {}
}
