package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

/** The contract settings as admins write them and everyone reads them. */
public final class ContractSettingsDto {

  private ContractSettingsDto() {}

  @Schema(
      name = "ContractSettingsRequest",
      description =
          "How numbers are made when a contract brings none, and when contracts need approval"
              + " (each threshold optional: absent, no such rule).")
  public record Request(
      @Schema(
              required = true,
              description =
                  "{yyyy}, {yy}, {MM}, exactly one {seq:N} (N digits; counted per month with {MM},"
                      + " per year with only a year), letters, digits, '-', '_', '/'",
              examples = "HT-{yyyy}{MM}-{seq:5}")
          @NotNull
          @Size(max = 60)
          String numberPattern,
      @Schema(description = "Above it, a manager of the owner's team approves") @Valid
          MoneyDto managerAbove,
      @Schema(description = "Above it, an admin approves too (not below managerAbove)") @Valid
          MoneyDto adminAbove,
      @Schema(
              description = "A line discount above this percent needs a manager",
              pattern = "^[0-9]{1,3}(\\.[0-9]{1,10})?$",
              examples = "20")
          @Size(max = 20)
          String managerForDiscountAbove) {}

  @Schema(name = "ContractSettings", description = "The contract settings in force.")
  public record Response(
      @Schema(required = true, examples = "HT-{yyyy}{MM}-{seq:5}") String numberPattern,
      @Schema(nullable = true) MoneyDto managerAbove,
      @Schema(nullable = true) MoneyDto adminAbove,
      @Schema(nullable = true, examples = "20.00") String managerForDiscountAbove,
      @Schema(required = true, description = "0 while the built-in settings are in force")
          long version,
      @Schema(nullable = true) Instant updatedAt,
      @Schema(nullable = true) String updatedBy) {}
}
