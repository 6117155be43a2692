package org.opencrm.crm.adapter.in.rest.common;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before the OIDC provider: answers a token verified lately from {@link VerifiedTokens}, and
 * answers nothing otherwise, which hands the request on to the OIDC provider.
 */
@ApplicationScoped
class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

  private final VerifiedTokens verifiedTokens;

  VerifiedTokenProvider(VerifiedTokens verifiedTokens) {
    this.verifiedTokens = verifiedTokens;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Above the default (1001) that the OIDC provider keeps, so this one is asked first. */
  @Override
  public int priority() {
    return 2 * 1001;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    return Uni.createFrom()
        .item(
            verifiedTokens
                .find(
                    request.getToken().getToken(),
                    HttpSecurityUtils.getRoutingContextAttribute(request))
                .orElse(null));
  }
}
