package org.opencrm.crm.adapter.out.persistence.lead;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LeadPanacheRepository implements PanacheRepositoryBase<LeadEntity, UUID> {}
