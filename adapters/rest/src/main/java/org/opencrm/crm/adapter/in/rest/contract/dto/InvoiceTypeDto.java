package org.opencrm.crm.adapter.in.rest.contract.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvoiceType", description = "VAT_SPECIAL 增值税专用发票, VAT_GENERAL 增值税普通发票, OTHER.")
public enum InvoiceTypeDto {
  VAT_SPECIAL,
  VAT_GENERAL,
  OTHER
}
