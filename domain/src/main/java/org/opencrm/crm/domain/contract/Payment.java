package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.shared.Money;

/**
 * Money received against a contract (回款): never edited or deleted; a mistaken one is reversed, with
 * a reason, and stops counting.
 */
public record Payment(
    UUID id,
    LocalDate receivedOn,
    Money amount,
    String method,
    String reference,
    String reversalReason) {

  public boolean reversed() {
    return reversalReason != null;
  }
}
