package org.opencrm.crm.adapter.in.rest.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What a request may look like before it is matched to an operation: a client that accepts only
 * {@code application/problem+json} (to read errors) gets the JSON of a success too, rather than a
 * 406; a target (path and query) longer than {@code crm.http.max-target-length} is 414 with a
 * problem body, before it reaches any operation (a body too large: {@link ContentLengthLimit}).
 */
public class RequestShape {

  public static final String URI_TOO_LONG = "http.uri-too-long";

  private final int maxTargetLength;

  RequestShape(
      @ConfigProperty(name = "crm.http.max-target-length", defaultValue = "8192")
          int maxTargetLength) {
    this.maxTargetLength = maxTargetLength;
  }

  @ServerRequestFilter(preMatching = true)
  public Response shape(ContainerRequestContext request) {
    String target = request.getUriInfo().getRequestUri().getRawPath();
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    int length = target.length() + (query == null ? 0 : query.length() + 1);
    if (length > maxTargetLength) {
      return ProblemMappers.problem(
          414,
          "URI Too Long",
          URI_TOO_LONG,
          "The path and query are " + length + " characters long; at most " + maxTargetLength,
          null,
          null);
    }
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept != null
        && accept.contains(ProblemTypes.MEDIA_TYPE)
        && !accept.contains(MediaType.APPLICATION_JSON)
        && !accept.contains("*/*")) {
      request
          .getHeaders()
          .putSingle(HttpHeaders.ACCEPT, accept + ", " + MediaType.APPLICATION_JSON);
    }
    return null;
  }
}
