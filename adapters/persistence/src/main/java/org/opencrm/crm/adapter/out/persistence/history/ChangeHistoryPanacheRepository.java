package org.opencrm.crm.adapter.out.persistence.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ChangeHistoryPanacheRepository
    implements PanacheRepositoryBase<ChangeHistoryEntity, UUID> {}
