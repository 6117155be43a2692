package org.opencrm.crm.adapter.in.rest.common.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SizeBand",
    description =
        "Head count: MICRO 1-9, SMALL 10-99, MEDIUM 100-499, LARGE 500-1999, ENTERPRISE 2000 or more.")
public enum SizeBandDto {
  MICRO,
  SMALL,
  MEDIUM,
  LARGE,
  ENTERPRISE
}
