package org.opencrm.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.job.BackgroundJob;
import org.opencrm.crm.domain.shared.job.BackgroundJob.State;

class BackgroundJobTest {

  static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  static final Instant T1 = T0.plusSeconds(5);

  @Test
  void aJob_runsBatchByBatch_untilTheLastOne() {
    BackgroundJob job = BackgroundJob.queue("lead-rescore", 3, "2", "admin", T0);
    assertThat(job.state()).isEqualTo(State.QUEUED);
    job = job.progressed(2, "b", false, T1);
    assertThat(job.state()).isEqualTo(State.RUNNING);
    assertThat(job.processed()).isEqualTo(2);
    assertThat(job.cursor()).isEqualTo("b");
    job = job.progressed(1, "c", true, T1);
    assertThat(job.state()).isEqualTo(State.DONE);
    assertThat(job.state().isFinished()).isTrue();
    assertThat(job.finishedAt()).isEqualTo(T1);
  }

  @Test
  void moreWorkThanCounted_raisesTheTotal() {
    BackgroundJob job = BackgroundJob.queue("lead-rescore", 1, "2", "admin", T0);
    assertThat(job.progressed(3, "x", true, T1).total()).isEqualTo(3);
  }

  @Test
  void aSupersededJob_isFinished() {
    BackgroundJob job = BackgroundJob.queue("lead-rescore", 1, "2", "admin", T0).superseded(T1);
    assertThat(job.state()).isEqualTo(State.SUPERSEDED);
    assertThat(job.finishedAt()).isEqualTo(T1);
  }
}
