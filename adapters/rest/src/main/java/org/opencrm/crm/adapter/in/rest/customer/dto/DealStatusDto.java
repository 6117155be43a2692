package org.opencrm.crm.adapter.in.rest.customer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DealStatus",
    description =
        "Derived, never set: CLOSED (已成交) with a contract signed, in force or fulfilled;"
            + " NEGOTIATING (正在谈判) with an open opportunity; else POTENTIAL (潜在).")
public enum DealStatusDto {
  POTENTIAL,
  NEGOTIATING,
  CLOSED
}
