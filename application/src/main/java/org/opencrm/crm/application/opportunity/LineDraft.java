package org.opencrm.crm.application.opportunity;

import java.util.UUID;
import org.opencrm.crm.domain.deal.Quantity;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/** A line as a rep writes it: a product, a quantity, and a price (its list price when null). */
public record LineDraft(UUID productId, Quantity quantity, Money unitPrice, Percent discount) {}
