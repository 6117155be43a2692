package org.opencrm.crm.adapter.in.rest.opportunity;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.opportunity.OpportunityFilter;
import org.opencrm.crm.application.opportunity.OpportunitySort;
import org.opencrm.crm.domain.deal.OpportunityStatus;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** The filters and the order of the opportunity list ({@code @BeanParam}). */
public class OpportunityListParams {

  @QueryParam("ownerId")
  @Parameter(description = "Owning rep's user id", example = "li.lei")
  String ownerId;

  @QueryParam("team")
  @Parameter(description = "Owning team", example = "east")
  String team;

  @QueryParam("customerId")
  @Parameter(description = "The customer's deals", schema = @Schema(format = "uuid"))
  String customerId;

  @QueryParam("pipelineId")
  @Parameter(description = "Deals in this pipeline", schema = @Schema(format = "uuid"))
  String pipelineId;

  @QueryParam("stageId")
  @Parameter(description = "Deals in this stage", schema = @Schema(format = "uuid"))
  String stageId;

  @QueryParam("status")
  @Parameter(
      description = "OPEN, WON or LOST",
      schema = @Schema(enumeration = {"OPEN", "WON", "LOST"}))
  String status;

  @QueryParam("closeFrom")
  @Parameter(
      description = "Expected to close on or after this date",
      schema = @Schema(format = "date"),
      example = "2027-01-01")
  String closeFrom;

  @QueryParam("closeTo")
  @Parameter(
      description = "Expected to close on or before this date",
      schema = @Schema(format = "date"),
      example = "2027-03-31")
  String closeTo;

  @QueryParam("amountMin")
  @Parameter(description = "Amount at least this (decimal string)", example = "100000")
  String amountMin;

  @QueryParam("amountMax")
  @Parameter(description = "Amount at most this (decimal string)", example = "1000000")
  String amountMax;

  @QueryParam("currency")
  @Parameter(description = "Amounts in this ISO 4217 currency", example = "CNY")
  String currency;

  @QueryParam("sort")
  @Parameter(
      description =
          "updatedAt, amount or expectedCloseDate, - prefix for descending; default -updatedAt."
              + " Without an amount a deal sorts as the smallest, without a close date as the"
              + " latest.",
      example = "expectedCloseDate")
  String sort;

  /** The filter; 400 with a field error for malformed values. */
  OpportunityFilter filter() {
    try {
      return new OpportunityFilter(
          ownerId,
          team,
          QueryParams.uuid("customerId", customerId),
          QueryParams.uuid("pipelineId", pipelineId),
          QueryParams.uuid("stageId", stageId),
          QueryParams.enumValue("status", status, OpportunityStatus.class),
          QueryParams.date("closeFrom", closeFrom),
          QueryParams.date("closeTo", closeTo),
          QueryParams.decimal("amountMin", amountMin),
          QueryParams.decimal("amountMax", amountMax),
          currency == null || currency.isBlank() ? null : currencyCode());
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }

  private String currencyCode() {
    String code = currency.strip();
    if (!code.matches("[A-Z]{3}")) {
      throw QueryParams.invalid("currency", "must be an ISO 4217 code such as CNY");
    }
    return code;
  }

  OpportunitySort sort() {
    try {
      return OpportunitySort.parse(sort);
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }
}
