package org.opencrm.crm.adapter.out.persistence.user;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserPanacheRepository implements PanacheRepositoryBase<UserEntity, String> {}
