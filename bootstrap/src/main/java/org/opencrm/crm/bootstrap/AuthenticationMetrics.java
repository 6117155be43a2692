package org.opencrm.crm.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.opencrm.crm.adapter.in.rest.common.VerifiedTokens;

/**
 * Publishes how often a bearer token was answered from the verified-token cache (hits) and how
 * often it had to be verified (misses): a low hit ratio means clients fetch a new token per
 * request.
 */
@Startup
@Singleton
class AuthenticationMetrics {

  AuthenticationMetrics(MeterRegistry registry, VerifiedTokens verifiedTokens) {
    FunctionCounter.builder(
            "crm.auth.verified.tokens.hits", verifiedTokens, tokens -> tokens.stats().hitCount())
        .description("Bearer tokens answered from the cache of tokens verified lately")
        .register(registry);
    FunctionCounter.builder(
            "crm.auth.verified.tokens.misses", verifiedTokens, tokens -> tokens.stats().missCount())
        .description("Bearer tokens not in the cache, handed to the identity provider")
        .register(registry);
    Gauge.builder("crm.auth.verified.tokens.cached", verifiedTokens, VerifiedTokens::size)
        .description("Tokens in the cache of tokens verified lately")
        .register(registry);
  }
}
