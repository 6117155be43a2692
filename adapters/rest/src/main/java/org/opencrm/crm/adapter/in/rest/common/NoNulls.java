package org.opencrm.crm.adapter.in.rest.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * No request schema of the contract is nullable except merge patches, where null clears a field: an
 * explicit null anywhere else is a 400 naming where it is, instead of being taken for "absent".
 * (Jackson's own null check also fires for absent record components, so it cannot do this.)
 */
@Provider
public class NoNulls implements ReaderInterceptor {

  private static final JsonFactory JSON = new JsonFactory();

  private final HttpServerRequest request;

  NoNulls(HttpServerRequest request) {
    this.request = request;
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (request.method() == HttpMethod.PATCH
        || type == null
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    String nullAt = firstNull(body);
    if (nullAt != null) {
      throw new BadRequestException(
          "The request body has a null value; leave the field out instead",
          List.of(new Problem.FieldError(nullAt, "must not be null")));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** The path of the first null in the document, or null; malformed JSON is left to the reader. */
  private static String firstNull(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NULL) {
          String path = parser.getParsingContext().pathAsPointer().toString();
          return path.isEmpty() ? "$" : path.substring(1).replace('/', '.');
        }
      }
    } catch (IOException malformed) {
      return null;
    }
    return null;
  }
}
