package org.opencrm.crm.adapter.in.rest.lead;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.SourceChannel;

/** The filters and order every lead list takes, the lead list and the pool ({@code @BeanParam}). */
public class LeadListParams {

  @QueryParam("sourceChannel")
  @Parameter(
      description = "Source channel",
      schema =
          @Schema(
              enumeration = {
                "WEB_FORM",
                "IMPORT",
                "CALL_CENTER",
                "API",
                "REFERRAL",
                "EVENT",
                "OTHER"
              }))
  String sourceChannel;

  @QueryParam("industry")
  @Parameter(description = "Industry, exact", example = "Manufacturing")
  String industry;

  @QueryParam("grade")
  @Parameter(description = "Scoring grade, exact", example = "HOT")
  String grade;

  @QueryParam("minScore")
  @Parameter(
      description = "Least score",
      schema = @Schema(type = SchemaType.INTEGER),
      example = "30")
  String minScore;

  @QueryParam("sort")
  @Parameter(
      description = "-createdAt (newest first, the default) or -score (best first)",
      schema = @Schema(enumeration = {"-createdAt", "-score"}))
  String sort;

  /** The filter, with the list's own criteria; 400 with a field error for malformed values. */
  LeadFilter filter(LeadStatus status, String ownerId, String team) {
    try {
      return new LeadFilter(
          status,
          ownerId,
          team,
          QueryParams.enumValue("sourceChannel", sourceChannel, SourceChannel.class),
          industry,
          grade,
          QueryParams.integer("minScore", minScore));
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }

  /** The order asked for; 400 for an unknown one. */
  LeadSort sort() {
    try {
      return LeadSort.parse(sort);
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }
}
