package org.opencrm.crm.adapter.in.rest.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links the service hands out ({@code Location}) are never built from the request's Host header,
 * which any caller can set: they are absolute under {@code crm.http.public-base-url} when it is
 * configured (the address clients use, e.g. behind a proxy), and otherwise relative references (RFC
 * 9110 allows them), which clients resolve against the address they called.
 */
@ApplicationScoped
public class PublicLinks {

  private final Optional<String> base;

  PublicLinks(@ConfigProperty(name = "crm.http.public-base-url") Optional<URI> base) {
    this.base = base.map(URI::toString).map(PublicLinks::withoutTrailingSlash);
  }

  /** The link to a path of this service ({@code /api/v1/...}). */
  public URI to(String path) {
    return URI.create(base.map(b -> b + path).orElse(path));
  }

  /** The link to a new item under the collection at {@code collectionPath}. */
  public URI to(String collectionPath, Object id) {
    return to(withoutTrailingSlash(collectionPath) + "/" + id);
  }

  private static String withoutTrailingSlash(String text) {
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
