package org.opencrm.crm.adapter.in.rest.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every parameter, JSON success response and request body that has no example of its own one
 * made from its schema: the properties' own examples, an enum's first value, or a value of the
 * right format. A response example shows every property; a request example the required ones and
 * those with an example of their own, so that it is a request the service accepts.
 */
final class SchemaExamples {

  private static final int DEEPEST = 6;

  private SchemaExamples() {}

  static void addMissing(Operation operation, Map<String, Schema> schemas) {
    if (operation.getParameters() != null) {
      for (Parameter parameter : operation.getParameters()) {
        boolean described =
            parameter.getExample() != null
                || (parameter.getExamples() != null && !parameter.getExamples().isEmpty());
        if (!described && parameter.getSchema() != null) {
          parameter.setExample(of(parameter.getSchema(), schemas, false, 0));
        }
      }
    }
    if (operation.getRequestBody() != null) {
      addTo(operation.getRequestBody().getContent(), schemas, false);
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2")) {
                addTo(response.getContent(), schemas, true);
              }
            });
  }

  private static void addTo(Content content, Map<String, Schema> schemas, boolean response) {
    MediaType json = content == null ? null : content.getMediaType("application/json");
    if (json == null
        || json.getSchema() == null
        || json.getExample() != null
        || (json.getExamples() != null && !json.getExamples().isEmpty())) {
      return;
    }
    String ref = json.getSchema().getRef();
    String name = ref == null ? "example" : ref.substring(ref.lastIndexOf('/') + 1);
    json.addExample(
        Character.toLowerCase(name.charAt(0)) + name.substring(1),
        OASFactory.createExample().value(of(json.getSchema(), schemas, response, 0)));
  }

  private static Object of(Schema schema, Map<String, Schema> schemas, boolean all, int depth) {
    if (schema.getRef() != null) {
      String ref = schema.getRef();
      Schema target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
      return target == null ? null : of(target, schemas, all, depth);
    }
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      return schema.getExamples().get(0);
    }
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
      return schema.getEnumeration().get(0);
    }
    if (schema.getAnyOf() != null) {
      // A nullable value: exemplify what it is when present.
      for (Schema alternative : schema.getAnyOf()) {
        if (alternative.getRef() != null
            || !List.of(Schema.SchemaType.NULL).equals(alternative.getType())) {
          return of(alternative, schemas, all, depth);
        }
      }
    }
    List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
    if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
      return object(schema, schemas, all, depth);
    }
    if (types.contains(Schema.SchemaType.ARRAY)) {
      return schema.getItems() == null || depth + 1 >= DEEPEST
          ? List.of()
          : List.of(of(schema.getItems(), schemas, all, depth + 1));
    }
    if (types.contains(Schema.SchemaType.INTEGER)) {
      return schema.getMinimum() == null ? 1 : schema.getMinimum().intValue();
    }
    if (types.contains(Schema.SchemaType.NUMBER)) {
      return schema.getMinimum() == null ? 0.5 : schema.getMinimum();
    }
    if (types.contains(Schema.SchemaType.BOOLEAN)) {
      return false;
    }
    return string(schema.getFormat());
  }

  private static Map<String, Object> object(
      Schema schema, Map<String, Schema> schemas, boolean all, int depth) {
    Map<String, Object> example = new LinkedHashMap<>();
    if (schema.getProperties() == null || depth >= DEEPEST) {
      return example;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    schema
        .getProperties()
        .forEach(
            (property, propertySchema) -> {
              if (all || required.contains(property) || hasOwnExample(propertySchema)) {
                Object value = of(propertySchema, schemas, all, depth + 1);
                if (value != null) {
                  example.put(property, value);
                }
              }
            });
    return example;
  }

  private static boolean hasOwnExample(Schema schema) {
    return (schema.getExamples() != null && !schema.getExamples().isEmpty())
        || schema.getExample() != null;
  }

  private static String string(String format) {
    if (format == null) {
      return "text";
    }
    return switch (format) {
      case "uuid" -> "6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f";
      case "date-time" -> "2026-12-02T08:00:00Z";
      case "date" -> "2026-12-02";
      case "email" -> "wang@example.com";
      default -> "text";
    };
  }
}
