package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "StageOutcome",
    description = "OPEN stages come first, then one WON stage (100 %), then one LOST stage (0 %).")
public enum StageOutcomeDto {
  OPEN,
  WON,
  LOST
}
