package org.opencrm.crm.adapter.in.rest.contract.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ContractStatus",
    description =
        "DRAFT → PENDING_APPROVAL → ACTIVE → COMPLETED or TERMINATED; a rejection returns it to"
            + " DRAFT. EXPIRED: active, past its end date.")
public enum ContractStatusDto {
  DRAFT,
  PENDING_APPROVAL,
  ACTIVE,
  EXPIRED,
  COMPLETED,
  TERMINATED
}
