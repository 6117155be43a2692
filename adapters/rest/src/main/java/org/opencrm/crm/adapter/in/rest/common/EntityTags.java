package org.opencrm.crm.adapter.in.rest.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The version of a record as a strong ETag ({@code "3"}) and back from {@code If-Match}. */
public final class EntityTags {

  private EntityTags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** 200 with the record and its version as ETag. */
  public static Response ok(Object body, long version) {
    return Response.ok(body).tag(of(version)).build();
  }

  /** The version named by If-Match; 428 when absent, 400 when not one of our ETags. */
  public static long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      try {
        return Long.parseLong(tag.substring(1, tag.length() - 1));
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new BadRequestException(
        "If-Match must be an ETag this API returned, such as \"3\"",
        List.of(new Problem.FieldError("If-Match", "not an ETag of this API")));
  }
}
