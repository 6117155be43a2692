package org.opencrm.crm.adapter.in.rest.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Token buckets per client (the token's subject), refilled every minute: one for API requests, one
 * for candidates of duplicate checks, which cost the database far more each and could otherwise
 * probe the whole customer base for existence. Buckets live in this instance's memory: with several
 * instances behind a balancer, a client gets each instance's quota.
 */
@ApplicationScoped
public class RateLimits {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final RateLimitConfig config;
  private final Cache<String, Bucket> requests =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
  private final Cache<String, Bucket> candidates =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  RateLimits(RateLimitConfig config) {
    this.config = config;
  }

  /** Counts one API request of the caller; over the quota: {@link RateLimitedException}. */
  public void admitRequest(Actor actor) {
    consume(actor, requests, RateLimitConfig.Quota::requestsPerMinute, 1, "requests per minute");
  }

  /** Counts the candidates of one duplicate check; over the quota: {@link RateLimitedException}. */
  public void admitDuplicateCandidates(Actor actor, int count) {
    consume(
        actor,
        candidates,
        RateLimitConfig.Quota::duplicateCandidatesPerMinute,
        count,
        "duplicate-check candidates per minute");
  }

  private void consume(
      Actor actor,
      Cache<String, Bucket> buckets,
      Function<RateLimitConfig.Quota, OptionalInt> figure,
      int amount,
      String unit) {
    if (!config.enabled()) {
      return;
    }
    int perMinute = quota(actor, figure);
    Bucket bucket =
        buckets.get(
            actor.id().value(),
            id ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(perMinute)
                            .refillIntervally(perMinute, WINDOW)
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(amount);
    if (!probe.isConsumed()) {
      long waitNanos = amount > perMinute ? WINDOW.toNanos() : probe.getNanosToWaitForRefill();
      long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
      throw new RateLimitedException(
          amount > perMinute
              ? "At most " + perMinute + " " + unit + ": send smaller batches"
              : "Over the quota of " + perMinute + " " + unit + "; retry in " + seconds + " s",
          perMinute,
          seconds);
    }
  }

  /** The client's own quota, else the most generous of its roles', else the default. */
  private int quota(Actor actor, Function<RateLimitConfig.Quota, OptionalInt> figure) {
    Optional<Integer> own =
        Optional.ofNullable(config.clients().get(actor.id().value()))
            .map(figure)
            .filter(OptionalInt::isPresent)
            .map(OptionalInt::getAsInt);
    if (own.isPresent()) {
      return own.get();
    }
    return actor.roles().stream()
        .map(role -> config.roles().get(role.name().toLowerCase(Locale.ROOT)))
        .filter(java.util.Objects::nonNull)
        .map(figure)
        .filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt)
        .max()
        .orElseGet(
            () ->
                figure
                    .apply(config.roles().get("default"))
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "crm.rate-limit.roles.default sets no such quota")));
  }
}
