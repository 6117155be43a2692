package org.opencrm.crm.adapter.in.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with the stable {@code code} and per-field {@code errors}. */
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    @Schema(
            description = "URI identifying the problem type",
            examples = "https://opencrm.org/problems/record.not-found")
        String type,
    @Schema(
            description = "Short, human-readable summary of the problem type",
            examples = "Not found")
        String title,
    @Schema(description = "HTTP status code", examples = "404") int status,
    @Schema(description = "Explanation specific to this occurrence") String detail,
    @Schema(
            description = "The request path",
            examples = "/api/v1/customers/6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f")
        String instance,
    @Schema(description = "Stable machine-readable code", examples = "record.not-found")
        String code,
    @Schema(description = "Field-level validation errors") List<FieldError> errors,
    @Schema(
            description =
                "For duplicate.exact-match: the existing parties, disclosed as far as your data"
                    + " scope allows")
        List<DuplicateResponse> duplicates,
    @Schema(
            description =
                "For contract.duplicate: the customer's contracts of that amount signed that day,"
                    + " disclosed as far as your data scope allows")
        List<DuplicateContract> duplicateContracts) {

  /** A problem without duplicates of any kind. */
  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      String code,
      List<FieldError> errors,
      List<DuplicateResponse> duplicates) {
    this(type, title, status, detail, instance, code, errors, duplicates, null);
  }

  @Schema(
      name = "DuplicateContract",
      description =
          "A contract that looks like the one entered. Outside your scope only that it exists and"
              + " when it was signed: id, number and owner are absent.")
  public record DuplicateContract(
      @Schema(required = true, description = "Whether it is inside your data scope")
          boolean visible,
      @Schema(nullable = true) UUID id,
      @Schema(nullable = true, examples = "HT-202611-00007") String number,
      @Schema(nullable = true, examples = "li.lei") String ownerId,
      @Schema(nullable = true) LocalDate signedOn) {}

  @Schema(name = "FieldError", description = "One invalid input field.")
  public record FieldError(
      @Schema(
              description = "The field, as a JSON path in the request",
              examples = "contacts[0].email")
          String field,
      @Schema(description = "What is wrong with it", examples = "Not a valid e-mail address")
          String message) {}
}
