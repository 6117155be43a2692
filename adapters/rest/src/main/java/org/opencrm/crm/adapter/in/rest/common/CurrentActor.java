package org.opencrm.crm.adapter.in.rest.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * The caller as the application sees it, made from the verified bearer token: {@code sub} is the
 * id; {@code name} or {@code preferred_username} the display name; roles as Quarkus OIDC read them
 * ({@code realm_access.roles} or {@code groups}); the team from the {@code team} claim.
 */
@RequestScoped
public class CurrentActor {

  private final SecurityIdentity identity;
  private final JsonWebToken token;
  private final SignIns signIns;
  private final RateLimits rateLimits;

  CurrentActor(
      SecurityIdentity identity, JsonWebToken token, SignIns signIns, RateLimits rateLimits) {
    this.identity = identity;
    this.token = token;
    this.signIns = signIns;
    this.rateLimits = rateLimits;
  }

  private Actor actor;

  /**
   * The actor of the current request, made once per request: admitted through the user directory (a
   * deactivated user is refused here) and counted against the client's request quota.
   */
  public Actor get() {
    if (actor == null) {
      Actor fromToken = fromToken();
      signIns.admit(fromToken);
      rateLimits.admitRequest(fromToken);
      actor = fromToken;
    }
    return actor;
  }

  private Actor fromToken() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    identity.getRoles().forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
    String name = text(token.getClaim("name"));
    if (name == null) {
      name = text(token.getClaim("preferred_username"));
    }
    String teamName = text(token.getClaim("team"));
    return new Actor(
        new UserId(token.getSubject()),
        name,
        roles,
        teamName == null || teamName.isBlank() ? null : new TeamId(teamName),
        roles.stream().anyMatch(Role::isClientRole) ? ActorKind.INTEGRATION : ActorKind.USER);
  }

  /** A string claim's value, whether the token library hands it over as a String or JSON. */
  private static String text(Object claim) {
    if (claim instanceof JsonString json) {
      return json.getString();
    }
    return claim == null ? null : claim.toString();
  }
}
