package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Named as the opportunity's fields are, so that a 422 for a missing one names it the same way. */
@Schema(
    name = "DealField",
    description = "A field of an opportunity that a stage may require before it is entered.")
public enum DealFieldDto {
  amount,
  expectedCloseDate,
  nextStep,
  contacts,
  competitor
}
