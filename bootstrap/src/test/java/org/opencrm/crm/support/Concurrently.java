package org.opencrm.crm.support;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Calls started at the same instant from as many threads, each retried the way a well-behaved
 * client does while the service answers 503 {@code server.busy} (it admits as many requests as it
 * has database connections; on a loaded machine the others may wait past the limit). So a race test
 * asserts the outcome of the race, never how fast the machine happens to be.
 */
public final class Concurrently {

  /** Longer than any machine needs to work off a handful of requests. */
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

  private Concurrently() {}

  /** The final status of each call, in call order. */
  public static List<Integer> statuses(int calls, IntFunction<Response> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int index = i;
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return untilAdmitted(() -> call.apply(index));
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> future : futures) {
        statuses.add(future.get());
      }
      return statuses;
    } finally {
      threads.shutdownNow();
    }
  }

  private interface Call {
    Response send();
  }

  private static int untilAdmitted(Call call) throws InterruptedException {
    Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
    while (true) {
      Response response = call.send();
      if (response.statusCode() != 503 || Instant.now().isAfter(deadline)) {
        return response.statusCode();
      }
      String retryAfter = response.header("Retry-After");
      Thread.sleep(
          Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter)).toMillis());
    }
  }
}
