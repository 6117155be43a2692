package org.opencrm.crm.adapter.in.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.opencrm.crm.application.idempotency.IdempotentResult;
import org.opencrm.crm.application.idempotency.port.in.ExecuteIdempotentlyUseCase;
import org.opencrm.crm.application.idempotency.port.in.IdempotentRequest;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Runs a creating POST so that a retry with the same {@code Idempotency-Key} gets the first answer
 * back and creates nothing twice. Without a key the POST simply runs.
 */
@ApplicationScoped
public class IdempotentPosts {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,200}");

  /**
   * What a creating operation answers: where the new record lives and its version (both absent for
   * an append-only entry, such as a follow-up, that is neither read alone nor changed), and body.
   */
  public record Created(URI location, Long version, Object body) {

    /** An entry of an append-only log: no address of its own, no version. */
    public static Created entry(Object body) {
      return new Created(null, null, body);
    }
  }

  private final ExecuteIdempotentlyUseCase idempotency;
  private final ObjectMapper json;

  IdempotentPosts(ExecuteIdempotentlyUseCase idempotency, ObjectMapper json) {
    this.idempotency = idempotency;
    this.json = json;
  }

  public Response create(
      String key, Actor actor, UriInfo uri, Object request, Supplier<Created> action) {
    if (key == null) {
      return toResponse(answer(action.get()));
    }
    if (!KEY_SHAPE.matcher(key).matches()) {
      throw new BadRequestException(
          "Idempotency-Key must be 1 to 200 visible ASCII characters, e.g. a UUID",
          List.of(new Problem.FieldError(HEADER, "1 to 200 visible ASCII characters")));
    }
    IdempotentRequest idempotent =
        new IdempotentRequest(actor.id().value(), key, fingerprint("POST", uri.getPath(), request));
    return toResponse(idempotency.execute(idempotent, () -> answer(action.get())));
  }

  private IdempotentResult answer(Created created) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (created.location() != null) {
      headers.put(HttpHeaders.LOCATION, created.location().toString());
    }
    if (created.version() != null) {
      headers.put(HttpHeaders.ETAG, EntityTags.of(created.version()).toString());
    }
    return new IdempotentResult(201, write(created.body()), headers);
  }

  private static Response toResponse(IdempotentResult result) {
    Response.ResponseBuilder response =
        Response.status(result.status()).entity(result.body()).type(MediaType.APPLICATION_JSON);
    result.headers().forEach(response::header);
    return response.build();
  }

  private String fingerprint(String method, String path, Object request) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      sha256.update(write(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
