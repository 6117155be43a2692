package org.opencrm.crm.adapter.in.rest.common;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs first after a provider has accepted a caller and hands the identity, as the provider made
 * it, to {@link VerifiedTokens}.
 */
@ApplicationScoped
class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

  private final VerifiedTokens verifiedTokens;

  VerifiedTokenRecorder(VerifiedTokens verifiedTokens) {
    this.verifiedTokens = verifiedTokens;
  }

  @Override
  public int priority() {
    return Integer.MAX_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!identity.isAnonymous()) {
      verifiedTokens.remember(identity);
    }
    return Uni.createFrom().item(identity);
  }
}
