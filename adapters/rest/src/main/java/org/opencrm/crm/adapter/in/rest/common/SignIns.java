package org.opencrm.crm.adapter.in.rest.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencrm.crm.application.user.port.in.RecordSignInUseCase;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Every verified caller passes through the user directory: the first request creates their entry, a
 * token with a new name, team or roles updates it, and a deactivated user is refused. What the
 * directory last accepted is remembered per user for {@code crm.directory.sign-in-refresh}, so a
 * steady caller costs no database write; that is also how long a deactivation made on another
 * instance takes to apply here (this instance forgets the user at once).
 */
@ApplicationScoped
public class SignIns {

  private final RecordSignInUseCase signIn;
  private final Cache<String, String> accepted;

  SignIns(
      RecordSignInUseCase signIn,
      @ConfigProperty(name = "crm.directory.sign-in-refresh", defaultValue = "60s")
          Duration refresh) {
    this.signIn = signIn;
    this.accepted = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(refresh).build();
  }

  /** Records the sign-in unless this very token content was accepted lately. */
  public void admit(Actor actor) {
    String claims =
        actor.displayName() + '\u0000' + actor.team() + '\u0000' + new TreeSet<>(actor.roles());
    if (claims.equals(accepted.getIfPresent(actor.id().value()))) {
      return;
    }
    signIn.signIn(actor);
    accepted.put(actor.id().value(), claims);
  }

  /** After a change to the user's entry here (deactivation), the next request asks again. */
  public void forget(String userId) {
    accepted.invalidate(userId);
  }
}
