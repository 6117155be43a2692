package org.opencrm.crm.adapter.out.persistence.customer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CustomerPanacheRepository implements PanacheRepositoryBase<CustomerEntity, UUID> {}
