package org.opencrm.crm.domain.contract;

/** The kind of invoice issued (发票类型). */
public enum InvoiceType {
  /** 增值税专用发票: the customer deducts the input VAT. */
  VAT_SPECIAL,
  /** 增值税普通发票. */
  VAT_GENERAL,
  OTHER
}
