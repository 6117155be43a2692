package org.opencrm.crm.adapter.in.rest.common;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code If-Match} header of a domain command ({@code @BeanParam}): optional, since the command
 * checks the record's state itself; when sent, a stale version answers 412.
 */
public class OptionalIfMatchParam {

  @HeaderParam("If-Match")
  @Parameter(
      name = "If-Match",
      description =
          "Optional: the ETag of the version read; when sent and stale, 412. Without it the command"
              + " acts on the current state.",
      example = "\"3\"")
  String ifMatch;

  /** The version the caller read, or null when they sent none. */
  public Long expectedVersion() {
    return ifMatch == null || ifMatch.isBlank() ? null : EntityTags.expectedVersion(ifMatch);
  }
}
