package org.opencrm.crm.adapter.in.rest.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opencrm.crm.domain.contract.DuplicateContractsException;
import org.opencrm.crm.domain.deal.StageRequirementsException;
import org.opencrm.crm.domain.duplicate.DuplicatesFoundException;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.DomainException;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.event.CursorExpiredException;

/**
 * Every error of the API as RFC 9457 problem+json. The table from exception family to HTTP status
 * lives here and nowhere else; no stack trace or class name ever reaches a caller.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** How long a client waits before retrying while the identity provider is unreachable. */
  static final String AUTH_RETRY_AFTER_SECONDS = "10";

  private final DuplicateRestMapper duplicates;
  private final ThrottledLog identityProviderDown =
      new ThrottledLog(Duration.ofMinutes(1), Clock.systemUTC());

  ProblemMappers(DuplicateRestMapper duplicates) {
    this.duplicates = duplicates;
  }

  /** Over a client's quota: when to retry, and the quota (IETF RateLimit header fields). */
  @ServerExceptionMapper
  public Response rateLimited(RateLimitedException e, UriInfo uri) {
    return Response.fromResponse(
            problem(429, "Too many requests", RateLimitedException.CODE, e.getMessage(), uri, null))
        .header("Retry-After", e.retryAfterSeconds())
        .header("RateLimit-Limit", e.limit())
        .header("RateLimit-Remaining", 0)
        .header("RateLimit-Reset", e.retryAfterSeconds())
        .build();
  }

  /**
   * The identity provider cannot be reached (tokens cannot be verified): not the caller's fault,
   * and every request runs into it, so one log line a minute instead of a stack trace per request.
   */
  @ServerExceptionMapper
  public Response identityProviderUnavailable(OIDCException e, UriInfo uri) {
    identityProviderDown.log(
        leftOut ->
            LOG.warnf(
                "The identity provider cannot be reached (%s); requests answer 503 %s"
                    + " (%d more since the last line)",
                e.getMessage(), ProblemCatalogue.AUTH_UNAVAILABLE, leftOut));
    return Response.fromResponse(
            problem(
                503,
                "Service unavailable",
                ProblemCatalogue.AUTH_UNAVAILABLE,
                "Sign-in cannot be verified right now; retry in a moment",
                uri,
                null))
        .header("Retry-After", AUTH_RETRY_AFTER_SECONDS)
        .build();
  }

  @ServerExceptionMapper
  public Response notFound(RecordNotFoundException e, UriInfo uri) {
    return problem(404, "Not found", e.code(), e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response accessDenied(AccessDeniedException e, UriInfo uri) {
    return problem(403, "Forbidden", e.code(), e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response cursorExpired(CursorExpiredException e, UriInfo uri) {
    return problem(410, "Gone", e.code(), e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response versionConflict(VersionConflictException e, UriInfo uri) {
    return problem(412, "Precondition failed", e.code(), e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response invalidValue(InvalidValueException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e instanceof StageRequirementsException missing
            // One error per field the stage needs, so a form can mark each of them.
            ? missing.missingFields().stream()
                .map(field -> new Problem.FieldError(field, "Required to enter the stage"))
                .toList()
            : List.of(new Problem.FieldError(e.field(), e.getMessage()));
    return problem(422, "Unprocessable content", e.code(), e.getMessage(), uri, errors);
  }

  @ServerExceptionMapper
  public Response duplicatesFound(DuplicatesFoundException e, UriInfo uri) {
    return problem(
        409,
        "Duplicate",
        e.code(),
        e.getMessage(),
        uri,
        null,
        duplicates.toResponses(e.duplicates()));
  }

  @ServerExceptionMapper
  public Response duplicateContracts(DuplicateContractsException e, UriInfo uri) {
    Problem body =
        new Problem(
            ProblemTypes.of(e.code()),
            "Duplicate",
            409,
            e.getMessage(),
            uri.getPath(),
            e.code(),
            null,
            null,
            e.candidates().stream()
                .map(
                    candidate ->
                        new Problem.DuplicateContract(
                            candidate.visible(),
                            candidate.id(),
                            candidate.number(),
                            candidate.ownerId(),
                            candidate.signedOn()))
                .toList());
    return Response.status(409).type(ProblemTypes.MEDIA_TYPE).entity(body).build();
  }

  @ServerExceptionMapper
  public Response duplicate(DuplicateDetectedException e, UriInfo uri) {
    return problem(409, "Duplicate", e.code(), e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response ruleViolation(RuleViolationException e, UriInfo uri) {
    return problem(409, "Conflict", e.code(), e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response otherDomainRule(DomainException e, UriInfo uri) {
    return problem(409, "Conflict", e.code(), e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response badRequest(BadRequestException e, UriInfo uri) {
    return problem(400, "Bad request", BadRequestException.CODE, e.getMessage(), uri, e.errors());
  }

  @ServerExceptionMapper
  public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
    return problem(
        428,
        "Precondition required",
        PreconditionRequiredException.CODE,
        e.getMessage(),
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return problem(
        400,
        "Bad request",
        BadRequestException.CODE,
        "The request has invalid fields",
        uri,
        errors);
  }

  /** Quarkus maps this subtype itself; claiming it here keeps the problem shape. */
  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : null;
    String message;
    if (e instanceof UnrecognizedPropertyException unknown) {
      field = pathOf(unknown);
      message = "unknown field";
    } else if (e instanceof InvalidFormatException invalid
        && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      message =
          "must be one of "
              + Arrays.stream(invalid.getTargetType().getEnumConstants())
                  .map(Object::toString)
                  .collect(Collectors.joining(", "));
    } else if (e instanceof JsonParseException) {
      field = null;
      message = "malformed JSON";
    } else {
      message = "has the wrong type";
    }
    List<Problem.FieldError> errors =
        field == null || field.isEmpty()
            ? List.of(new Problem.FieldError("$", message))
            : List.of(new Problem.FieldError(field, message));
    return problem(
        400,
        "Bad request",
        BadRequestException.CODE,
        "The request body is not valid JSON for this operation",
        uri,
        errors);
  }

  @ServerExceptionMapper
  public Response unreadablePatch(MergePatch.UncheckedJson e, UriInfo uri) {
    return unreadableJson(e.getCause(), uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  private static Response unauthenticated(UriInfo uri) {
    // RFC 6750: a 401 names the scheme the client should use.
    return Response.fromResponse(
            problem(
                401,
                "Unauthorized",
                ProblemCatalogue.UNAUTHENTICATED,
                "A valid bearer token is required",
                uri,
                null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return problem(
        403,
        "Forbidden",
        ProblemCatalogue.FORBIDDEN,
        "Your role does not allow this operation",
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        return unreadableJson(json, uri);
      }
    }
    if (status >= 500) {
      return unexpected(e, uri);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String code = "http." + title.toLowerCase().replace(' ', '-');
    return problem(status, title, code, title, uri, null);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseBusy.causedBy(e)) {
      LOG.warnf("No database connection free on %s; answered 503", path(uri));
      return busy(uri);
    }
    String incident = UUID.randomUUID().toString();
    if (ClientGone.causedBy(e)) {
      // Not an incident: logged for tracing only, and the answer below reaches nobody.
      LOG.debugf("The client of %s went away before its answer was written", path(uri));
    } else {
      LOG.errorf(e, "Unexpected failure %s on %s", incident, path(uri));
    }
    return problem(
        500,
        "Internal server error",
        ProblemCatalogue.SERVER_ERROR,
        "Something went wrong on our side; incident " + incident,
        uri,
        null);
  }

  private static String path(UriInfo uri) {
    return uri == null ? "?" : uri.getPath();
  }

  /** 503 {@code server.busy} with the seconds to wait before a retry. */
  static Response busy(UriInfo uri) {
    return Response.fromResponse(
            problem(
                503,
                "Service unavailable",
                ProblemCatalogue.BUSY,
                "Every database connection is busy; retry in a moment",
                uri,
                null))
        .header("Retry-After", DatabaseBusy.RETRY_AFTER_SECONDS)
        .build();
  }

  static Response problem(
      int status,
      String title,
      String code,
      String detail,
      UriInfo uri,
      List<Problem.FieldError> errors) {
    return problem(status, title, code, detail, uri, errors, null);
  }

  private static Response problem(
      int status,
      String title,
      String code,
      String detail,
      UriInfo uri,
      List<Problem.FieldError> errors,
      List<DuplicateResponse> duplicates) {
    Problem body =
        new Problem(
            ProblemTypes.of(code),
            title,
            status,
            detail,
            uri == null ? null : uri.getPath(),
            code,
            errors,
            duplicates);
    return Response.status(status).type(ProblemTypes.MEDIA_TYPE).entity(body).build();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // A resource parameter's path reads method.parameter.field[i].field; callers know the part
    // after the parameter, or the parameter's own name for query and header parameters.
    String parameter = null;
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
          continue;
        }
        case PARAMETER -> {
          parameter = parameter == null ? node.getName() : parameter;
          continue;
        }
        default -> {
          // property, bean or container element: handled below
        }
      }
      if (node.isInIterable() && node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(name);
      }
    }
    return field.length() > 0 ? field.toString() : String.valueOf(parameter);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
