package org.opencrm.crm.adapter.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseAdmissionTest {

  @Test
  void reports_mustLeaveSomePlacesToTheShortCalls() {
    assertThatThrownBy(() -> new DatabaseAdmission(true, 2, 2, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report-places");
    DatabaseAdmission admission = new DatabaseAdmission(true, 2, 1, Duration.ofSeconds(5));
    assertThat(admission.free()).isEqualTo(2);
  }

  @Test
  void theReports_areTheLongStatements() {
    assertThat(DatabaseAdmission.REPORTS)
        .containsExactlyInAnyOrder(
            "/api/v1/forecast", "/api/v1/revenue", "/api/v1/receivables/aging");
  }
}
