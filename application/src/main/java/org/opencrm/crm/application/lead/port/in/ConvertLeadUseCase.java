package org.opencrm.crm.application.lead.port.in;

/** Turn a qualified lead into a customer and contact (线索转化), in one transaction. */
public interface ConvertLeadUseCase {

  ConversionResult convert(ConvertLeadCommand command);
}
