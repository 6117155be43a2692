package org.opencrm.crm.adapter.out.persistence.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyKeyPanacheRepository
    implements PanacheRepositoryBase<IdempotencyKeyEntity, IdempotencyKeyEntity.Key> {}
