package org.opencrm.crm.adapter.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionQueueTest {

  private static final Duration LONG = Duration.ofSeconds(10);

  @Test
  void enter_whilePlacesAreFree_admitsAtOnce() {
    AdmissionQueue queue = new AdmissionQueue(2, LONG);

    assertThat(queue.enter()).isPresent();
    assertThat(queue.enter()).isPresent();
    assertThat(queue.free()).isZero();
  }

  @Test
  void enter_whenNoPlaceFreesWithinTheLongestWait_isTurnedAway() {
    AdmissionQueue queue = new AdmissionQueue(1, Duration.ofMillis(50));
    queue.enter().orElseThrow();

    assertThat(queue.enter()).isEmpty();
    assertThat(queue.waiting()).isZero();
  }

  @Test
  void leave_givesThePlaceBackOnce_howeverOftenCalled() {
    AdmissionQueue queue = new AdmissionQueue(1, LONG);
    AdmissionQueue.Admission admission = queue.enter().orElseThrow();

    admission.leave();
    admission.leave();

    assertThat(queue.free()).isEqualTo(1);
  }

  @Test
  void aFreedPlace_goesToTheLongestWaiting_notToANewcomer() throws Exception {
    AdmissionQueue queue = new AdmissionQueue(1, LONG);
    AdmissionQueue.Admission first = queue.enter().orElseThrow();
    List<String> order = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> waiter =
        CompletableFuture.runAsync(
            () -> {
              AdmissionQueue.Admission admission = queue.enter().orElseThrow();
              order.add("waiter");
              admission.leave();
            });
    await().atMost(Duration.ofSeconds(5)).until(() -> queue.waiting() == 1);

    first.leave();
    // A newcomer arriving as the place frees must queue behind the waiter, not take the place.
    AdmissionQueue.Admission newcomer = queue.enter().orElseThrow();
    order.add("newcomer");
    newcomer.leave();
    waiter.get(5, TimeUnit.SECONDS);

    assertThat(order).containsExactly("waiter", "newcomer");
  }

  @Test
  void aQueueWithoutPlaces_isAConfigurationError() {
    assertThatThrownBy(() -> new AdmissionQueue(0, LONG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
