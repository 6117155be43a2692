package org.opencrm.crm.adapter.in.rest.event.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.application.event.FeedEntry;
import org.opencrm.crm.application.event.PublishedEvent;

@Schema(
    name = "Event",
    requiredProperties = {
      "cursor",
      "id",
      "type",
      "subjectType",
      "subjectId",
      "subjectVersion",
      "occurredAt",
      "actor",
      "changes",
      "references"
    },
    description =
        "Something that happened to a lead or a customer. Personal data (a person's name, phones,"
            + " e-mail, notes) is never shown: such a change says only which field changed.")
public record EventResponse(
    @Schema(
            description = "Read on from just after this event by passing it as after",
            examples = "ZXZlbnRzfDc0OXwxMg")
        String cursor,
    @Schema(description = "Unique per event: drop one you have already processed") UUID id,
    @Schema(
            description = "What happened: one of the Event* schemas' types",
            examples = "lead.claimed")
        String type,
    @Schema(enumeration = {"lead", "customer", "product", "opportunity", "contract"})
        String subjectType,
    UUID subjectId,
    @Schema(
            description =
                "The subject's version once the change was saved (what its ETag then carried)",
            examples = "3")
        long subjectVersion,
    Instant occurredAt,
    EventActorResponse actor,
    @Schema(
            description = "Why, when the change had a reason (a release, an automatic return)",
            examples = "Outside my region")
        String reason,
    @Schema(description = "The fields the change set, in field order")
        List<EventChangeResponse> changes,
    @Schema(
            description =
                "The other records this event names, by role (ownerId, previousOwnerId, team,"
                    + " customerId, contactId, leadId); which ones, per type, in the Event*"
                    + " schemas")
        Map<String, String> references) {

  public static EventResponse of(FeedEntry entry) {
    PublishedEvent event = entry.event();
    return new EventResponse(
        entry.cursor(),
        event.id(),
        event.type(),
        event.subjectType(),
        event.subjectId(),
        event.subjectVersion(),
        event.occurredAt(),
        new EventActorResponse(event.actorKind().name(), event.actorId()),
        event.reason(),
        event.changes().stream()
            .map(c -> new EventChangeResponse(c.field(), c.from(), c.to(), c.masked()))
            .toList(),
        event.references());
  }

  @Schema(
      name = "EventActor",
      requiredProperties = {"kind", "id"},
      description = "Who made the change: a user, an integration client or the system itself.")
  public record EventActorResponse(
      @Schema(enumeration = {"USER", "INTEGRATION", "SYSTEM"}) String kind,
      @Schema(description = "User or client id", examples = "li.lei") String id) {}

  @Schema(
      name = "EventChange",
      requiredProperties = {"field", "masked"},
      description =
          "One field's change. A masked field holds personal data: it changed, its values are not"
              + " shown.")
  public record EventChangeResponse(
      @Schema(examples = "status") String field,
      @Schema(description = "The value before (absent: none, or masked)", examples = "POOL")
          String from,
      @Schema(description = "The value after (absent: none, or masked)", examples = "OWNED")
          String to,
      boolean masked) {}
}
