package org.opencrm.crm.application.product.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/** Deactivate or reactivate, against the version read when the caller names one (null: none). */
public record ChangeProductStateCommand(Actor actor, UUID productId, Long expectedVersion) {}
