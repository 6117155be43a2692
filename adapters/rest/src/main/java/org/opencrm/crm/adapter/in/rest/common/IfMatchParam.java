package org.opencrm.crm.adapter.in.rest.common;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code If-Match} header every change and delete takes ({@code @BeanParam}). */
public class IfMatchParam {

  @HeaderParam("If-Match")
  @Parameter(
      name = "If-Match",
      description = "The ETag of the version read; without it 428, when stale 412",
      required = true,
      example = "\"3\"")
  String ifMatch;

  /** The version the caller read. */
  public long expectedVersion() {
    return EntityTags.expectedVersion(ifMatch);
  }
}
