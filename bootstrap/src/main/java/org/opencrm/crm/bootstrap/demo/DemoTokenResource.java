package org.opencrm.crm.bootstrap.demo;

import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opencrm.crm.bootstrap.DemoIdentities;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

/**
 * Hands out tokens for the demo users when {@link DemoIdentitiesGate} lets demo identities in (no
 * OIDC issuer; development or switched on). Otherwise every call answers 404.
 */
@Path("/demo/tokens")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class DemoTokenResource {

  private static final Duration LIFETIME = Duration.ofHours(8);

  /** A signed access token for one demo user. */
  public record DemoToken(
      String accessToken,
      String tokenType,
      long expiresIn,
      String username,
      List<String> roles,
      String team) {}

  private final DemoIdentitiesGate gate;
  private final Optional<String> signingKey;

  DemoTokenResource(
      DemoIdentitiesGate gate,
      @ConfigProperty(name = "crm.demo-identities.signing-key") Optional<String> signingKey) {
    this.gate = gate;
    this.signingKey = signingKey;
  }

  @GET
  @Operation(hidden = true)
  public List<DemoUser> users() {
    ensureEnabled("demo users");
    return DemoUser.ALL;
  }

  @POST
  @Path("/{username}")
  @Operation(hidden = true)
  public DemoToken token(@PathParam("username") String username) {
    ensureEnabled(username);
    DemoUser user =
        DemoUser.named(username)
            .orElseThrow(() -> new RecordNotFoundException("demo user", username));
    var claims =
        Jwt.issuer(DemoIdentities.ISSUER)
            .subject(user.username())
            .claim("preferred_username", user.username())
            .claim("name", user.name())
            .claim("realm_access", Map.of("roles", user.roles()))
            .expiresIn(LIFETIME);
    if (user.team() != null) {
      claims.claim("team", user.team());
    }
    String token = claims.jws().sign(privateKey());
    return new DemoToken(
        token, "Bearer", LIFETIME.toSeconds(), user.username(), user.roles(), user.team());
  }

  private void ensureEnabled(Object what) {
    if (!gate.open() || signingKey.isEmpty()) {
      throw new RecordNotFoundException("demo identity", what);
    }
  }

  private PrivateKey privateKey() {
    try {
      byte[] encoded = Base64.getDecoder().decode(signingKey.orElseThrow());
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("The demo signing key is unreadable", e);
    }
  }
}
