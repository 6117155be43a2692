package org.opencrm.crm.adapter.in.rest.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.application.shared.PageRequest;

/** The keyset paging parameters every list takes ({@code @BeanParam}). */
public class PageParams {

  @QueryParam("limit")
  @Parameter(
      description = "Page size, 1-200",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
  String limit;

  @QueryParam("cursor")
  @Parameter(
      description = "The nextCursor of the previous page; absent for the first page",
      example = "NAME,true|杭州西湖科技有限公司|6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f")
  String cursor;

  /** The page asked for; 400 with a field error when a parameter is malformed. */
  public PageRequest toPageRequest() {
    return QueryParams.page(limit, cursor);
  }
}
