package org.opencrm.crm.adapter.in.rest.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * API answers carry personal data: no cache (browser, proxy) may keep them, and browsers must not
 * guess another content type than the one declared.
 */
public class SecurityHeaders {

  @ServerResponseFilter
  public void protect(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getUriInfo().getPath().startsWith("/api/")) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
  }
}
