package org.opencrm.crm.adapter.in.rest.customer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Importance", description = "Key customers get priority handling.")
public enum ImportanceDto {
  KEY,
  NORMAL
}
