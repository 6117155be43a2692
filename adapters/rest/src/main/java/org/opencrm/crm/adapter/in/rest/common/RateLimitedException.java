package org.opencrm.crm.adapter.in.rest.common;

/** A client used up its quota; answered 429 with when to retry and the quota's figures. */
public class RateLimitedException extends RuntimeException {

  public static final String CODE = "rate.limited";

  private final long limit;
  private final long retryAfterSeconds;

  RateLimitedException(String message, long limit, long retryAfterSeconds) {
    super(message);
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long limit() {
    return limit;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
