package org.opencrm.crm.application.product.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

public record UpdateProductCommand(
    Actor actor, UUID productId, long expectedVersion, ProductPatch patch) {}
