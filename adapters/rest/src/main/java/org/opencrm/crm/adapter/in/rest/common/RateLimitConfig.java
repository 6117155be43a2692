package org.opencrm.crm.adapter.in.rest.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Per-client quotas: by role ({@code crm.rate-limit.roles.<role>}, the most generous of the
 * caller's roles, {@code default} for callers with none listed) and for single clients ({@code
 * crm.rate-limit.clients."<token subject>"}), which override their roles' quotas.
 */
@ConfigMapping(prefix = "crm.rate-limit")
public interface RateLimitConfig {

  @WithDefault("true")
  boolean enabled();

  Map<String, Quota> roles();

  Map<String, Quota> clients();

  /** What one client may do per minute; an absent figure falls back to the role's. */
  interface Quota {

    /** API requests per minute. */
    OptionalInt requestsPerMinute();

    /** Candidates checked by duplicate checks per minute (a batch counts each of them). */
    OptionalInt duplicateCandidatesPerMinute();
  }
}
