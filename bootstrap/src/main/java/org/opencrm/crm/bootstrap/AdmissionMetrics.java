package org.opencrm.crm.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.opencrm.crm.adapter.in.rest.common.DatabaseAdmission;

/**
 * Publishes the admission queue at /q/metrics: requests waiting for a database connection, and
 * places free. A queue that rarely empties means the database, not the service, is the limit.
 */
@Startup
@Singleton
class AdmissionMetrics {

  AdmissionMetrics(MeterRegistry registry, DatabaseAdmission admission) {
    Gauge.builder("crm.admission.waiting", admission, DatabaseAdmission::waiting)
        .description("API requests waiting for a database connection")
        .register(registry);
    Gauge.builder("crm.admission.free", admission, DatabaseAdmission::free)
        .description("Places free for API requests (one per database connection)")
        .register(registry);
  }
}
