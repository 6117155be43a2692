package org.opencrm.crm.adapter.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottledLogTest {

  private Instant now = Instant.parse("2026-12-02T08:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void oneLinePerInterval_sayingHowManyWereLeftOut() {
    ThrottledLog log = new ThrottledLog(Duration.ofMinutes(1), clock);
    List<Long> lines = new ArrayList<>();

    log.log(lines::add);
    for (int i = 0; i < 5; i++) {
      now = now.plusSeconds(10);
      log.log(lines::add);
    }
    now = now.plusSeconds(10);
    log.log(lines::add);

    assertThat(lines).containsExactly(0L, 5L);
  }
}
