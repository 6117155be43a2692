package org.opencrm.crm.application.idempotency.port.in;

import org.opencrm.crm.domain.shared.Text;

/**
 * A retry-safe request: the caller's own key and a fingerprint of what they asked for (method,
 * path, body), so that the same key with another request can be told apart.
 */
public record IdempotentRequest(String callerId, String key, String fingerprint) {

  public IdempotentRequest {
    callerId = Text.required("callerId", callerId, 255);
    key = Text.required("Idempotency-Key", key, 200);
    fingerprint = Text.required("fingerprint", fingerprint, 128);
  }
}
