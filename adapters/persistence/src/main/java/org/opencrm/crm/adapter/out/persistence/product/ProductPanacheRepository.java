package org.opencrm.crm.adapter.out.persistence.product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ProductPanacheRepository implements PanacheRepositoryBase<ProductEntity, UUID> {}
