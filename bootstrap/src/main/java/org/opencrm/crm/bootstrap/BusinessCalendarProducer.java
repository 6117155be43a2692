package org.opencrm.crm.bootstrap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;

/** The zone the business counts its days in, from {@code crm.business.time-zone}. */
public class BusinessCalendarProducer {

  @Produces
  @Singleton
  BusinessCalendar calendar(
      @ConfigProperty(name = "crm.business.time-zone", defaultValue = "Asia/Shanghai")
          ZoneId zone) {
    return new BusinessCalendar(zone);
  }
}
