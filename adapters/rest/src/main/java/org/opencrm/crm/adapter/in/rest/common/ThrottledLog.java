package org.opencrm.crm.adapter.in.rest.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One log line per interval for a condition that every request runs into while it lasts (an
 * identity provider that is down), with how many were left out since the last line.
 */
final class ThrottledLog {

  private final Duration interval;
  private final Clock clock;
  private final AtomicReference<Instant> lastLine = new AtomicReference<>();
  private final AtomicLong leftOut = new AtomicLong();

  ThrottledLog(Duration interval, Clock clock) {
    this.interval = interval;
    this.clock = clock;
  }

  /** Writes the line (given the number left out before it) unless one was written lately. */
  void log(Consumer<Long> line) {
    Instant now = clock.instant();
    Instant last = lastLine.get();
    if (last != null && now.isBefore(last.plus(interval))) {
      leftOut.incrementAndGet();
      return;
    }
    if (lastLine.compareAndSet(last, now)) {
      line.accept(leftOut.getAndSet(0));
    } else {
      leftOut.incrementAndGet();
    }
  }
}
