package org.opencrm.crm.adapter.in.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a 413
 * problem before it is read. Quarkus refuses it too, with an empty body, in a route of order -2;
 * this one runs just before it, so that clients get the same problem+json as for every other error.
 */
@ApplicationScoped
public class ContentLengthLimit {

  public static final String CODE = "http.content-too-large";

  private static final int BEFORE_QUARKUS_UPLOAD_LIMIT = -3;

  private final long maxBodySize;
  private final ObjectMapper json;

  ContentLengthLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          MemorySize maxBodySize,
      ObjectMapper json) {
    this.maxBodySize = maxBodySize.asLongValue();
    this.json = json;
  }

  void install(@Observes Router router) {
    router.route().order(BEFORE_QUARKUS_UPLOAD_LIMIT).handler(this::check);
  }

  private void check(RoutingContext context) {
    String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    long length;
    try {
      length = declared == null ? -1 : Long.parseLong(declared.trim());
    } catch (NumberFormatException malformed) {
      length = -1; // the HTTP codec answers a malformed length itself
    }
    if (length <= maxBodySize) {
      context.next();
      return;
    }
    Problem problem =
        new Problem(
            ProblemTypes.of(CODE),
            "Content Too Large",
            413,
            "The body is " + length + " bytes long; at most " + maxBodySize,
            context.request().path(),
            CODE,
            null,
            null);
    try {
      context
          .response()
          .setStatusCode(413)
          .putHeader(HttpHeaders.CONTENT_TYPE, ProblemTypes.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(json.writeValueAsString(problem));
    } catch (JsonProcessingException impossible) {
      context.fail(impossible);
    }
  }
}
