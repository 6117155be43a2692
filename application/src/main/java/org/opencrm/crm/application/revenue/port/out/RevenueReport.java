package org.opencrm.crm.application.revenue.port.out;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.application.revenue.RevenueSum;
import org.opencrm.crm.domain.contract.RevenuePeriod;
import org.opencrm.crm.domain.shared.DataScope;

/** Revenue summed set-based where the contracts and payments are. */
public interface RevenueReport {

  /**
   * Per period and currency (periods without any absent): contracts that came into force, by the
   * day they were signed (or came into force, in the business's zone); payments that count, by the
   * day they were received.
   */
  List<RevenueSum> sums(
      RevenuePeriod period,
      LocalDate from,
      LocalDate until,
      String ownerId,
      String team,
      DataScope scope);
}
