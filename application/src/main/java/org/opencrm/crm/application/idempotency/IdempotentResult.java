package org.opencrm.crm.application.idempotency;

import java.util.Map;

/** What the first execution of an idempotent request answered, replayed to every retry. */
public record IdempotentResult(int status, String body, Map<String, String> headers) {

  public IdempotentResult {
    headers = Map.copyOf(headers);
  }
}
