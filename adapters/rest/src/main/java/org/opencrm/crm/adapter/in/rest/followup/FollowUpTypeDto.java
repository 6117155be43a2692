package org.opencrm.crm.adapter.in.rest.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpType", description = "How the rep was in touch.")
public enum FollowUpTypeDto {
  CALL,
  VISIT,
  EMAIL,
  MEETING,
  MESSAGE,
  OTHER
}
