package org.opencrm.crm.application.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.deal.OpportunityStatus;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

/**
 * Filters of the opportunity list; null means "any". Close dates and amounts are inclusive ranges;
 * an amount range compares amounts in any currency unless one is named.
 */
public record OpportunityFilter(
    String ownerId,
    String team,
    UUID customerId,
    UUID pipelineId,
    UUID stageId,
    OpportunityStatus status,
    LocalDate closeFrom,
    LocalDate closeTo,
    BigDecimal amountMin,
    BigDecimal amountMax,
    String currency) {

  public static final String RANGE_INVALID = "filter.range-invalid";

  public static final OpportunityFilter NONE =
      new OpportunityFilter(null, null, null, null, null, null, null, null, null, null, null);

  public OpportunityFilter {
    ownerId = Text.optional("ownerId", ownerId, 255);
    team = Text.optional("team", team, 100);
    if (closeFrom != null && closeTo != null && closeTo.isBefore(closeFrom)) {
      throw new InvalidValueException(RANGE_INVALID, "closeTo", "closeTo is before closeFrom");
    }
    if (amountMin != null && amountMax != null && amountMax.compareTo(amountMin) < 0) {
      throw new InvalidValueException(RANGE_INVALID, "amountMax", "amountMax is below amountMin");
    }
  }
}
