package org.opencrm.crm.application.user.port.in;

import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.user.User;

/**
 * A verified token arrived: the directory creates the entry at the first sign-in and takes the
 * token's name, team and roles later. A deactivated user is refused.
 */
public interface RecordSignInUseCase {

  User signIn(Actor actor);
}
