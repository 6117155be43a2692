package org.opencrm.crm.adapter.in.rest.common.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceChannel", description = "The channel a customer or lead came from.")
public enum SourceChannelDto {
  WEB_FORM,
  IMPORT,
  CALL_CENTER,
  API,
  REFERRAL,
  EVENT,
  OTHER
}
