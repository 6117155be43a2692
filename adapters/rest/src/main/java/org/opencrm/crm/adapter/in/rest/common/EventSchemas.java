package org.opencrm.crm.adapter.in.rest.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Discriminator;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.opencrm.crm.application.event.EventType;

/**
 * A schema per event type, made from the generic {@code Event} and the catalogue of {@link
 * EventType}s: its type and subject fixed, its references named (required where every event of the
 * type has them). The feed's items are one of them, told apart by {@code type}.
 */
final class EventSchemas {

  private static final String EVENT = "Event";
  private static final String FEED_PATH = "/api/v1/events";

  private EventSchemas() {}

  static void addTo(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Schema generic = schemas.get(EVENT);
    Schema page = schemas.get("EventPage");
    if (generic == null || page == null) {
      return;
    }
    List<Schema> oneOf = new ArrayList<>();
    Discriminator discriminator = OASFactory.createDiscriminator().propertyName("type");
    for (EventType type : EventType.values()) {
      String name = schemaName(type);
      openAPI.getComponents().addSchema(name, typed(generic, type));
      String ref = "#/components/schemas/" + name;
      oneOf.add(OASFactory.createSchema().ref(ref));
      discriminator.addMapping(type.typeName(), ref);
    }
    // The generic shape lives on only in its typed copies.
    openAPI.getComponents().removeSchema(EVENT);
    page.getProperties()
        .get("items")
        .setItems(OASFactory.createSchema().oneOf(oneOf).discriminator(discriminator));
    PathItem feed = openAPI.getPaths().getPathItem(FEED_PATH);
    if (feed != null && feed.getGET() != null) {
      feed.getGET()
          .getResponses()
          .getAPIResponse("200")
          .getContent()
          .getMediaType("application/json")
          .setExample(example());
      feed.getGET()
          .getResponses()
          .addAPIResponse(
              "410",
              OASFactory.createAPIResponse()
                  .description(
                      "Events after the cursor were dropped after the retention period"
                          + " (events.cursor-expired): read the feed again from its start and"
                          + " resynchronise")
                  .content(
                      OASFactory.createContent()
                          .addMediaType(
                              "application/problem+json",
                              OASFactory.createMediaType()
                                  .schema(
                                      OASFactory.createSchema().ref("#/components/schemas/Problem"))
                                  .addExample(
                                      "events.cursor-expired",
                                      OASFactory.createExample().value(expired())))));
    }
  }

  /** {@code lead.returned-to-pool} is {@code LeadReturnedToPoolEvent}. */
  static String schemaName(EventType type) {
    StringBuilder name = new StringBuilder();
    for (String word : type.typeName().split("[.-]")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.append("Event").toString();
  }

  private static Schema typed(Schema generic, EventType type) {
    Map<String, Schema> properties = new LinkedHashMap<>(generic.getProperties());
    properties.put(
        "type",
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.STRING))
            .enumeration(List.of(type.typeName())));
    properties.put(
        "subjectType",
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.STRING))
            .enumeration(List.of(type.subjectType())));
    Schema references =
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description("The records this event names")
            .additionalPropertiesBoolean(Boolean.FALSE);
    List<String> required = new ArrayList<>();
    for (EventType.Reference reference : type.references()) {
      references.addProperty(
          reference.key(),
          OASFactory.createSchema()
              .type(List.of(Schema.SchemaType.STRING))
              .description(reference.description()));
      if (reference.always()) {
        required.add(reference.key());
      }
    }
    if (!required.isEmpty()) {
      references.required(required);
    }
    properties.put("references", references);
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description(type.description())
        .properties(properties)
        .required(generic.getRequired())
        .additionalPropertiesBoolean(Boolean.FALSE);
  }

  private static Map<String, Object> example() {
    Map<String, Object> claimed = new LinkedHashMap<>();
    claimed.put("cursor", "ZXZlbnRzfDc0OXwxMg");
    claimed.put("id", "0b8e4c1a-3f7d-4a52-9c61-2d8f5e7a9b10");
    claimed.put("type", "lead.claimed");
    claimed.put("subjectType", "lead");
    claimed.put("subjectId", "5f1e2d3c-4b5a-4697-8877-665544332211");
    claimed.put("subjectVersion", 1);
    claimed.put("occurredAt", "2026-12-02T08:00:00Z");
    claimed.put("actor", ordered("kind", "USER", "id", "li.lei"));
    claimed.put(
        "changes",
        List.of(
            ordered("field", "ownerId", "to", "li.lei", "masked", false),
            ordered("field", "status", "from", "POOL", "to", "OWNED", "masked", false),
            ordered("field", "team", "to", "east", "masked", false)));
    claimed.put("references", ordered("ownerId", "li.lei", "team", "east"));
    return ordered("items", List.of(claimed), "next", "ZXZlbnRzfDc0OXwxMg", "more", false);
  }

  private static Map<String, Object> expired() {
    return ordered(
        "type",
        "https://opencrm.org/problems/events.cursor-expired",
        "title",
        "Gone",
        "status",
        410,
        "detail",
        "The events after this cursor were partly dropped after the retention period; read the"
            + " feed again from its start (without after) and resynchronise",
        "instance",
        FEED_PATH,
        "code",
        "events.cursor-expired");
  }

  /** A map in the order written, so that the generated contract is the same on every build. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
