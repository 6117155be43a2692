package org.opencrm.crm.adapter.in.rest.customer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CustomerKind",
    description = "Whether the customer is a company or a private person.")
public enum CustomerKindDto {
  COMPANY,
  PERSON
}
