package org.opencrm.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.contract.port.out.ContractNumbers;
import org.opencrm.crm.support.CrmTestResources;

/** Contract number sequences on PostgreSQL: per period, never twice, no gap after a rollback. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PostgresContractNumbersTest {

  @Inject ContractNumbers numbers;

  private static String period() {
    return "T" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void concurrentDraws_getEveryNumberOnce_withoutGaps() throws Exception {
    String period = period();
    int draws = 8;
    ExecutorService threads = Executors.newFixedThreadPool(draws);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Long>> drawn = new ArrayList<>();
      for (int i = 0; i < draws; i++) {
        drawn.add(
            threads.submit(
                () -> {
                  start.await();
                  return QuarkusTransaction.requiringNew().call(() -> numbers.next(period));
                }));
      }
      start.countDown();
      Set<Long> values = new TreeSet<>();
      for (Future<Long> future : drawn) {
        values.add(future.get());
      }
      assertThat(values).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aDrawRolledBack_isDrawnAgain_andPeriodsCountApart() {
    String period = period();
    assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(period))).isEqualTo(1);
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          assertThat(numbers.next(period)).isEqualTo(2);
                          throw new IllegalStateException("the contract's insert failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(period))).isEqualTo(2);
    assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(period()))).isEqualTo(1);
  }
}
