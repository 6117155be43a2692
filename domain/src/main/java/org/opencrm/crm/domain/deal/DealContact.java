package org.opencrm.crm.domain.deal;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Text;

/** A contact of the customer involved in a deal, and their part in it (decision maker, user …). */
public record DealContact(UUID contactId, String role) {

  public DealContact {
    if (contactId == null) {
      throw new IllegalArgumentException("A deal contact names the contact");
    }
    role = Text.optional("role", role, 50);
  }
}
