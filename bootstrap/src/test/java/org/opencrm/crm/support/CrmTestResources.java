package org.opencrm.crm.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The real things the end-to-end tests need, in-process: a fresh PostgreSQL server (zonky embedded)
 * and an OIDC issuer (mock-oauth2-server) that signs tokens for the {@link TestUsers}.
 */
public class CrmTestResources implements QuarkusTestResourceLifecycleManager {

  public static final String ISSUER_ID = "crm";
  private EmbeddedPostgres postgres;
  private MockOAuth2Server issuer;

  @Override
  public Map<String, String> start() {
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8")
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    issuer =
        new MockOAuth2Server(OAuth2Config.Companion.fromJson(TestUsers.issuerConfig(ISSUER_ID)));
    issuer.start();
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres",
        "quarkus.oidc.auth-server-url", issuer.issuerUrl(ISSUER_ID).toString(),
        "crm.test.token-endpoint", issuer.tokenEndpointUrl(ISSUER_ID).toString());
  }

  @Override
  public void stop() {
    if (issuer != null) {
      issuer.shutdown();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
