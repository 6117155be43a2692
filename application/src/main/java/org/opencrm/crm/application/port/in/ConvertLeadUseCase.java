package org.opencrm.crm.application.port.in;

/** Turn a qualified lead into a customer and contact (线索转化), in one transaction. */
public interface ConvertLeadUseCase {

  ConversionResult convert(ConvertLeadCommand command);
}
