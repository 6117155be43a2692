package org.opencrm.crm.adapter.in.rest.customer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DemandStatus",
    description = "Needs it now (TARGET), later (POTENTIAL) or never (DEAD).")
public enum DemandStatusDto {
  TARGET,
  POTENTIAL,
  DEAD
}
