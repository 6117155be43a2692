package org.opencrm.crm.adapter.in.rest.common;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code Idempotency-Key} header every creating POST honours ({@code @BeanParam}). */
public class IdempotencyKeyParam {

  @HeaderParam(IdempotentPosts.HEADER)
  @Parameter(
      name = IdempotentPosts.HEADER,
      description =
          "Makes retries safe: the same key and body answer the first response for 24 h; 1 to 200"
              + " visible ASCII characters, e.g. a UUID",
      example = "5f0c6f9e-2a51-4c1e-9d2e-1b7a0c3d4e5f")
  String key;

  /** The key the client sent, or null. */
  public String key() {
    return key;
  }
}
