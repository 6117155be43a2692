package org.opencrm.crm.adapter.in.rest.lead.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LeadStatus",
    description =
        "POOL: in the shared pool, no owner. OWNED: held by a rep. CONVERTED: became a customer."
            + " DISQUALIFIED: closed with a reason.")
public enum LeadStatusDto {
  POOL,
  OWNED,
  CONVERTED,
  DISQUALIFIED
}
