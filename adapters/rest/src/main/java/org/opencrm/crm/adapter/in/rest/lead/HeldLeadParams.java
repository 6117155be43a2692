package org.opencrm.crm.adapter.in.rest.lead;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.domain.lead.LeadStatus;

/**
 * What only the caller's lead list filters by, beside the filters it shares with the pool ({@link
 * LeadListParams}): status and who holds the lead ({@code @BeanParam}).
 */
public class HeldLeadParams {

  @QueryParam("status")
  @Parameter(
      description = "POOL, OWNED, CONVERTED or DISQUALIFIED",
      schema = @Schema(enumeration = {"POOL", "OWNED", "CONVERTED", "DISQUALIFIED"}))
  String status;

  @QueryParam("ownerId")
  @Parameter(description = "Holding rep's user id", example = "li.lei")
  String ownerId;

  @QueryParam("team")
  @Parameter(description = "Holding team", example = "east")
  String team;

  /** The shared filters narrowed by these; 400 with a field error for malformed values. */
  LeadFilter filter(LeadListParams shared) {
    return shared.filter(QueryParams.enumValue("status", status, LeadStatus.class), ownerId, team);
  }
}
