package org.opencrm.crm.adapter.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private Instant now = Instant.parse("2026-12-02T08:00:00Z");
  private long tickerNanos;

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final VerifiedTokens tokens =
      new VerifiedTokens(100, Duration.ofMinutes(5), clock, () -> tickerNanos);

  private void advance(Duration duration) {
    now = now.plus(duration);
    tickerNanos += duration.toNanos();
  }

  @Test
  void aRememberedToken_isFound_withTheSameCaller() {
    tokens.remember(identity("token-a", "li.lei", now.plusSeconds(3600)));

    SecurityIdentity found = tokens.find("token-a", null).orElseThrow();

    assertThat(found.getPrincipal().getName()).isEqualTo("li.lei");
    assertThat(found.getRoles()).containsExactly("sales");
    assertThat(tokens.find("token-b", null)).isEmpty();
  }

  @Test
  void aTokenIsForgotten_whenItExpires_evenIfTheCacheWouldKeepItLonger() {
    tokens.remember(identity("token-a", "li.lei", now.plusSeconds(60)));

    advance(Duration.ofSeconds(59));
    assertThat(tokens.find("token-a", null)).isPresent();
    advance(Duration.ofSeconds(1));
    assertThat(tokens.find("token-a", null)).isEmpty();
  }

  @Test
  void aLongLivedToken_isVerifiedAgain_afterTheConfiguredTime() {
    tokens.remember(identity("token-a", "li.lei", now.plus(Duration.ofDays(1))));

    advance(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(tokens.find("token-a", null)).isPresent();
    advance(Duration.ofSeconds(1));
    assertThat(tokens.find("token-a", null)).isEmpty();
  }

  @Test
  void anExpiredOrExpiryLessToken_isNotRemembered() {
    tokens.remember(identity("expired", "li.lei", now.minusSeconds(1)));
    tokens.remember(identity("no-expiry", "li.lei", null));

    assertThat(tokens.find("expired", null)).isEmpty();
    assertThat(tokens.find("no-expiry", null)).isEmpty();
  }

  @Test
  void hitsAndMisses_areCounted() {
    tokens.remember(identity("token-a", "li.lei", now.plusSeconds(3600)));

    tokens.find("token-a", null);
    tokens.find("token-a", null);
    tokens.find("unknown", null);

    assertThat(tokens.stats().hitCount()).isEqualTo(2);
    assertThat(tokens.stats().missCount()).isEqualTo(1);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(tickerNanos)).isZero();
  }

  private static SecurityIdentity identity(String token, String subject, Instant expiresAt) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new Jwt(subject, expiresAt))
        .addRole("sales")
        .addCredential(new AccessTokenCredential(token))
        .build();
  }

  private record Jwt(String subject, Instant expiresAt) implements JsonWebToken {
    @Override
    public String getName() {
      return subject;
    }

    @Override
    public Set<String> getClaimNames() {
      return expiresAt == null ? Set.of("sub") : Set.of("sub", "exp");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      Map<String, Object> claims =
          expiresAt == null
              ? Map.of("sub", subject)
              : Map.of("sub", subject, "exp", expiresAt.getEpochSecond());
      return (T) claims.get(claimName);
    }
  }
}
