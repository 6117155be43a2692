package org.opencrm.crm.adapter.in.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opencrm.crm.application.shared.PatchField;

/**
 * Reads an RFC 7396 merge patch: the body is bound to a patch DTO (so types, enums, unknown fields
 * and sizes are checked as for any request) while presence is read from the JSON itself, because a
 * field set to null (clear it) and a missing field (keep it) mean different things.
 */
@ApplicationScoped
public class MergePatch {

  public static final String MEDIA_TYPE = "application/merge-patch+json";

  private final ObjectMapper json;
  private final Validator validator;

  MergePatch(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /** The patch document bound to the DTO type, validated. */
  public <T> T read(JsonNode document, Class<T> type) {
    if (document == null || !document.isObject()) {
      throw new BadRequestException(
          "A merge patch is a JSON object",
          List.of(new Problem.FieldError("$", "must be an object")));
    }
    T patch;
    try {
      patch = json.treeToValue(document, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedJson(e);
    }
    Set<ConstraintViolation<T>> violations = validator.validate(patch);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return patch;
  }

  /** The field as a patch: absent if the document lacks it, else its (possibly null) value. */
  public static <T, R> PatchField<R> field(
      JsonNode document, String name, T value, Function<T, R> convert) {
    if (!document.has(name)) {
      return PatchField.absent();
    }
    return PatchField.of(value == null ? null : convert.apply(value));
  }

  public static <T> PatchField<T> field(JsonNode document, String name, T value) {
    return field(document, name, value, Function.identity());
  }

  /** Carries Jackson's binding failure to its problem mapper unchanged. */
  /**
   * One part ({@code province} or {@code city}) of the nested {@code region} object: absent when
   * the patch has no region, cleared when it sets region to null, otherwise merged part by part.
   */
  public static PatchField<String> regionPart(
      JsonNode document, String part, Supplier<String> value) {
    JsonNode node = document.get("region");
    if (node == null) {
      return PatchField.absent();
    }
    if (node.isNull()) {
      return PatchField.of(null);
    }
    return field(node, part, value.get());
  }

  public static final class UncheckedJson extends RuntimeException {
    public UncheckedJson(JsonProcessingException cause) {
      super(cause);
    }

    @Override
    public synchronized JsonProcessingException getCause() {
      return (JsonProcessingException) super.getCause();
    }
  }
}
