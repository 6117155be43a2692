package org.opencrm.crm.adapter.in.rest.common;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets requests in first come, first served, at most as many at a time as there are places. A place
 * that frees goes to the caller that has waited longest, never to one that just arrived; a caller
 * that waits longer than the limit is turned away, to be told to retry.
 *
 * <p>Why: the connection pool hands a freed connection to whichever thread grabs it first. Under
 * load that is often a thread that has just arrived, while an earlier one waits on for its turn, so
 * the slowest answers take twice the average. Queueing in arrival order keeps the tail close to the
 * average (docs/benchmarks.md).
 */
final class AdmissionQueue {

  private final Semaphore places;
  private final Duration longestWait;

  AdmissionQueue(int places, Duration longestWait) {
    if (places < 1) {
      throw new IllegalArgumentException("places must be at least 1, was " + places);
    }
    this.places = new Semaphore(places, true);
    this.longestWait = longestWait;
  }

  /**
   * Waits for a place, in arrival order.
   *
   * @return the admission to {@link Admission#leave() leave} when done, or empty when no place
   *     freed within the longest wait (or the waiting thread was interrupted)
   */
  Optional<Admission> enter() {
    try {
      // The timed tryAcquire honours the queue's order; the untimed one would let this caller
      // overtake the ones already waiting.
      if (places.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS)) {
        return Optional.of(new Admission());
      }
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Callers waiting for a place now. */
  int waiting() {
    return places.getQueueLength();
  }

  /** Places free now. */
  int free() {
    return places.availablePermits();
  }

  /** One caller's place; leaving gives it back once, however often it is called. */
  final class Admission {
    private final AtomicBoolean left = new AtomicBoolean();

    private Admission() {}

    void leave() {
      if (left.compareAndSet(false, true)) {
        places.release();
      }
    }
  }
}
