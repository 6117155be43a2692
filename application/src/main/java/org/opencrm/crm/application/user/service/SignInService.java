package org.opencrm.crm.application.user.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.opencrm.crm.application.user.port.in.RecordSignInUseCase;
import org.opencrm.crm.application.user.port.out.UserRepository;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.user.DirectoryPermissions;
import org.opencrm.crm.domain.user.User;

@ApplicationScoped
@Transactional
public class SignInService implements RecordSignInUseCase {

  private final UserRepository users;
  private final Clock clock;

  public SignInService(UserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  public User signIn(Actor actor) {
    Instant now = clock.instant();
    Optional<User> known = users.findForUpdate(actor.id());
    if (known.isEmpty()) {
      User first =
          User.firstSignIn(actor.id(), actor.displayName(), actor.team(), actor.roles(), now);
      if (users.addIfAbsent(first)) {
        return first;
      }
      // Another request of the same user's first sign-in was faster.
      known = users.findForUpdate(actor.id());
    }
    User user = known.orElseThrow();
    DirectoryPermissions.checkActive(user);
    user.signedIn(actor.displayName(), actor.team(), actor.roles(), now);
    return users.save(user);
  }
}
