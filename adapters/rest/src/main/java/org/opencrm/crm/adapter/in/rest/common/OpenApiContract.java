package org.opencrm.crm.adapter.in.rest.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated contract with what every operation shares, so that it is written once:
 * the bearer security scheme, the problem+json schema, and the error responses each kind of
 * operation can give, each with an example carrying its stable code.
 */
public class OpenApiContract implements OASFilter {

  /** Creations and commands whose body names records the caller must see. */
  private static final Set<String> BODY_NAMES_RECORDS =
      Set.of("/api/v1/leads/assignments", "/api/v1/opportunities", "/api/v1/contracts");

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  private record ErrorCase(
      String status, String description, String title, String code, String detail) {}

  private static final ErrorCase BAD_REQUEST =
      new ErrorCase(
          "400",
          "Malformed request: invalid JSON, wrong types, unknown fields or enum values, sizes out of range",
          "Bad request",
          "request.invalid",
          "The request has invalid fields");
  private static final ErrorCase UNAUTHORIZED =
      new ErrorCase(
          "401",
          "No valid bearer token",
          "Unauthorized",
          "auth.unauthenticated",
          "A valid bearer token is required");
  private static final ErrorCase FORBIDDEN =
      new ErrorCase(
          "403",
          "The caller's role does not allow this operation",
          "Forbidden",
          "customer.write-not-allowed",
          "Your role may not change customer records");
  private static final ErrorCase NOT_FOUND =
      new ErrorCase(
          "404",
          "No such record inside the caller's data scope",
          "Not found",
          "record.not-found",
          "No customer with id 6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f is visible to you");
  private static final ErrorCase CONFLICT =
      new ErrorCase(
          "409",
          "Conflicts with the record's state or a duplicate (e.g. customer.archived, customer.credit-code-taken, idempotency.in-progress)",
          "Conflict",
          "customer.archived",
          "The customer 6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f is archived");

  /** The lead side's own examples, so that integrators see codes of the operation at hand. */
  private static final ErrorCase LEAD_FORBIDDEN =
      new ErrorCase(
          "403",
          FORBIDDEN.description(),
          "Forbidden",
          "lead.not-allowed",
          "Your role may not work with leads");

  private static final ErrorCase LEAD_NOT_FOUND =
      new ErrorCase(
          "404",
          NOT_FOUND.description(),
          "Not found",
          "record.not-found",
          "No lead with id 0b6f7c2a-51d4-4c1e-9f0e-7d3a2b1c4e5f is visible to you");

  private static final ErrorCase LEAD_CONFLICT =
      new ErrorCase(
          "409",
          "Conflicts with the lead's state, a pool rule or an existing party (e.g. lead.not-in-pool,"
              + " pool.hold-limit-reached, pool.reclaim-cooldown, duplicate.exact-match with"
              + " duplicates[])",
          "Conflict",
          "lead.not-in-pool",
          "The lead 0b6f7c2a-51d4-4c1e-9f0e-7d3a2b1c4e5f is not in the pool");

  private static final ErrorCase PRECONDITION_FAILED =
      new ErrorCase(
          "412",
          "If-Match names a version that is no longer current",
          "Precondition failed",
          "record.version-conflict",
          "The customer 6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f is at version 4, not 3; reload it and apply your change again");
  private static final ErrorCase UNSUPPORTED_MEDIA_TYPE =
      new ErrorCase(
          "415",
          "The body is not in a media type this operation reads",
          "Unsupported Media Type",
          "http.unsupported-media-type",
          "Unsupported Media Type");
  private static final ErrorCase UNPROCESSABLE =
      new ErrorCase(
          "422",
          "Well-formed but invalid values (phone, e-mail, credit code checksum, reused Idempotency-Key)",
          "Unprocessable content",
          "phone.invalid",
          "Not a valid phone number");
  private static final ErrorCase PRECONDITION_REQUIRED =
      new ErrorCase(
          "428",
          "If-Match is missing",
          "Precondition required",
          "precondition.if-match-required",
          "Send If-Match with the ETag of the version you read, to avoid overwriting a newer change");
  private static final ErrorCase SERVER_ERROR =
      new ErrorCase(
          "500",
          "Unexpected failure; the detail names an incident id for the operators",
          "Internal server error",
          "server.error",
          "Something went wrong on our side; incident 2f1d...");
  private static final ErrorCase CONTENT_TOO_LARGE =
      new ErrorCase(
          "413",
          "The body is larger than 1 MiB",
          "Content Too Large",
          ContentLengthLimit.CODE,
          "The body is 2 097 152 bytes long; at most 1048576");
  private static final ErrorCase URI_TOO_LONG =
      new ErrorCase(
          "414",
          "The path and query are longer than 8 192 characters",
          "URI Too Long",
          RequestShape.URI_TOO_LONG,
          "The path and query are 9 120 characters long; at most 8192");
  private static final ErrorCase RATE_LIMITED =
      new ErrorCase(
          "429",
          "The client's quota per minute (requests, or duplicate-check candidates) is used up;"
              + " nothing was done. Retry-After says when to retry; RateLimit-Limit, -Remaining and"
              + " -Reset describe the quota",
          "Too many requests",
          RateLimitedException.CODE,
          "Over the quota of 600 requests per minute; retry in 17 s");
  private static final ErrorCase BUSY =
      new ErrorCase(
          "503",
          "Overloaded (server.busy: no database connection became free in time) or the identity"
              + " provider cannot be reached (auth.unavailable); nothing was changed, retry after"
              + " the Retry-After header's seconds",
          "Service unavailable",
          "server.busy",
          "Every database connection is busy; retry in a moment");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSecurityScheme(
        "bearer",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "An OIDC access token; roles in realm_access.roles or groups, the team in a team claim."));
    components.addSchema("Problem", problemSchema());
    components.addSchema("FieldError", fieldErrorSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    closeObjectSchemas(components.getSchemas());
    EventSchemas.addTo(openAPI);
    Map<String, Schema> schemas = components.getSchemas();
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          addVersionHeaders(operation, schemas);
                          addErrors(path, method, operation);
                          describeRoles(operation);
                          SchemaExamples.addMissing(operation, schemas);
                        }));
  }

  /**
   * A response carrying a versioned record (its schema has a {@code version}) sends that version as
   * ETag, and a 201 the new record's Location: declared here once for every such operation.
   */
  private static void addVersionHeaders(Operation operation, Map<String, Schema> schemas) {
    for (String status : List.of("200", "201")) {
      var response = operation.getResponses().getAPIResponse(status);
      if (response == null || response.getContent() == null) {
        continue;
      }
      var json = response.getContent().getMediaType("application/json");
      String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
      Schema body = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
      if (body == null
          || body.getProperties() == null
          || !body.getProperties().containsKey("version")) {
        continue;
      }
      response.addHeader(
          "ETag",
          OASFactory.createHeader()
              .description("The record's version, to send back in If-Match")
              .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
      if (status.equals("201")) {
        response.addHeader(
            "Location",
            OASFactory.createHeader()
                .description("URL of the new record")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
      }
    }
  }

  /**
   * The service refuses unknown fields in requests and sends none beyond the schema: every object
   * schema is closed. Problem stays open, as RFC 9457 lets a problem type carry extension members.
   */
  private static void closeObjectSchemas(Map<String, Schema> schemas) {
    schemas.forEach(
        (name, schema) -> {
          if (!name.equals("Problem")
              && schema.getType() != null
              && schema.getType().contains(Schema.SchemaType.OBJECT)
              && schema.getAdditionalPropertiesSchema() == null) {
            schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
          }
        });
  }

  /** The roles of {@code x-required-roles} restated in the description, for people. */
  private static void describeRoles(Operation operation) {
    Object roles =
        operation.getExtensions() == null
            ? null
            : operation.getExtensions().get(RequiredRoles.EXTENSION);
    if (!(roles instanceof List<?> names) || names.isEmpty()) {
      throw new IllegalStateException(
          "Operation " + operation.getOperationId() + " does not declare x-required-roles");
    }
    String prose =
        "Roles: " + String.join(", ", names.stream().map(String::valueOf).toList()) + ".";
    String description = operation.getDescription();
    operation.setDescription(description == null ? prose : description + " " + prose);
    // The scanner copies a method's extensions onto its responses too; they belong to the
    // operation.
    operation
        .getResponses()
        .getAPIResponses()
        .values()
        .forEach(response -> response.removeExtension(RequiredRoles.EXTENSION));
  }

  private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
    List<ErrorCase> cases = new ArrayList<>();
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean ifMatch =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .map(Parameter::getName)
                .anyMatch("If-Match"::equals);
    // Commands take If-Match optionally: a stale one answers 412, a missing one is no error.
    boolean ifMatchRequired =
        ifMatch
            && operation.getParameters().stream()
                .anyMatch(
                    p -> "If-Match".equals(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
    if (hasInput) {
      cases.add(BAD_REQUEST);
    }
    cases.add(UNAUTHORIZED);
    boolean leads = speaksOfLeads(operation);
    cases.add(leads ? LEAD_FORBIDDEN : FORBIDDEN);
    // A command naming records in its body (a bulk assignment, a deal's customer) answers 404
    // for one the caller cannot see, as a path would.
    if (path.contains("{")
        || (method == PathItem.HttpMethod.POST && BODY_NAMES_RECORDS.contains(path))) {
      cases.add(leads ? LEAD_NOT_FOUND : NOT_FOUND);
    }
    if (method != PathItem.HttpMethod.GET) {
      cases.add(leads ? LEAD_CONFLICT : CONFLICT);
    }
    if (ifMatch) {
      cases.add(PRECONDITION_FAILED);
    }
    if (operation.getRequestBody() != null) {
      cases.add(CONTENT_TOO_LARGE);
      cases.add(UNSUPPORTED_MEDIA_TYPE);
    }
    if (hasInput) {
      cases.add(UNPROCESSABLE);
    }
    if (ifMatchRequired) {
      cases.add(PRECONDITION_REQUIRED);
    }
    cases.add(URI_TOO_LONG);
    cases.add(RATE_LIMITED);
    cases.add(SERVER_ERROR);
    cases.add(BUSY);
    APIResponses responses = operation.getResponses();
    for (ErrorCase error : cases) {
      var existing = responses.getAPIResponse(error.status());
      if (existing != null
          && existing.getContent() != null
          && existing.getContent().hasMediaType(ProblemTypes.MEDIA_TYPE)) {
        continue;
      }
      Map<String, Object> example = new LinkedHashMap<>();
      example.put("type", ProblemTypes.of(error.code()));
      example.put("title", error.title());
      example.put("status", Integer.parseInt(error.status()));
      example.put("detail", error.detail());
      example.put("instance", path);
      example.put("code", error.code());
      if (error == BAD_REQUEST || error == UNPROCESSABLE) {
        Map<String, Object> fieldError = new LinkedHashMap<>();
        fieldError.put("field", error == BAD_REQUEST ? "name" : "phones[0]");
        fieldError.put("message", error == BAD_REQUEST ? "must not be blank" : error.detail());
        example.put("errors", List.of(fieldError));
      }
      var response = OASFactory.createAPIResponse().description(error.description());
      if (error == BUSY || error == RATE_LIMITED) {
        response.addHeader("Retry-After", integerHeader("Seconds to wait before retrying"));
      }
      if (error == RATE_LIMITED) {
        response.addHeader("RateLimit-Limit", integerHeader("The quota per minute"));
        response.addHeader("RateLimit-Remaining", integerHeader("What is left of it (0)"));
        response.addHeader("RateLimit-Reset", integerHeader("Seconds until it refills"));
      }
      responses.addAPIResponse(
          error.status(),
          response.content(
              OASFactory.createContent()
                  .addMediaType(
                      ProblemTypes.MEDIA_TYPE,
                      OASFactory.createMediaType()
                          .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                          .addExample(error.code(), OASFactory.createExample().value(example)))));
    }
  }

  private static org.eclipse.microprofile.openapi.models.headers.Header integerHeader(
      String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)));
  }

  /** Tags whose operations answer with the lead-worded error examples. */
  private static final Set<String> LEAD_TAGS =
      Set.of("Leads", "Lead pool", "Lead scoring", "Duplicate checks", "Jobs");

  private static boolean speaksOfLeads(Operation operation) {
    return operation.getTags() != null
        && operation.getTags().stream().anyMatch(LEAD_TAGS::contains);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("RFC 9457 problem detail, with a stable machine code and per-field errors.")
        .addProperty("type", string("URI identifying the problem type"))
        .addProperty("title", string("Short summary of the problem type"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER))
                .description("HTTP status code"))
        .addProperty("detail", string("Explanation specific to this occurrence"))
        .addProperty("instance", string("The request path"))
        .addProperty("code", string(ProblemCatalogue.describe()))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.ARRAY))
                .description("Invalid fields (validation failures only)")
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
        .addProperty(
            "duplicates",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.ARRAY))
                .description(
                    "For duplicate.exact-match: the existing parties, disclosed as far as the"
                        + " caller's data scope allows")
                .items(OASFactory.createSchema().ref("#/components/schemas/Duplicate")))
        .required(List.of("type", "title", "status", "code"));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("One invalid input field.")
        .addProperty("field", string("The field as a path in the request, e.g. phones[0]"))
        .addProperty("message", string("What is wrong with it"))
        .required(List.of("field", "message"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description);
  }
}
