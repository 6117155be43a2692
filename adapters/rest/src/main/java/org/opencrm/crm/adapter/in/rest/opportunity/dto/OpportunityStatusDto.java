package org.opencrm.crm.adapter.in.rest.opportunity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OpportunityStatus",
    description = "OPEN while in an open stage; WON and LOST once won or lost (reopen to work on).")
public enum OpportunityStatusDto {
  OPEN,
  WON,
  LOST
}
