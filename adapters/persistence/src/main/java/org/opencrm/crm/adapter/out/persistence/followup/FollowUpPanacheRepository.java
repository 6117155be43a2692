package org.opencrm.crm.adapter.out.persistence.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class FollowUpPanacheRepository implements PanacheRepositoryBase<FollowUpEntity, UUID> {}
