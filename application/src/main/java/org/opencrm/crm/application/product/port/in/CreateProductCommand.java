package org.opencrm.crm.application.product.port.in;

import org.opencrm.crm.domain.deal.ProductDetails;
import org.opencrm.crm.domain.shared.Actor;

public record CreateProductCommand(Actor actor, ProductDetails details) {}
