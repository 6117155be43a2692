package org.opencrm.crm.application.user.port.in;

import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.user.User;

/**
 * Admins keep the directory: register people before their first sign-in, deactivate, reactivate.
 */
public interface ManageUsersUseCase {

  User register(RegisterUserCommand command);

  User deactivate(Actor actor, String userId);

  User reactivate(Actor actor, String userId);
}
