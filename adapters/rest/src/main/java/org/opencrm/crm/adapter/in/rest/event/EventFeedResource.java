package org.opencrm.crm.adapter.in.rest.event;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.event.dto.EventPage;
import org.opencrm.crm.application.event.port.in.EventFeedQueries;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Events",
    description =
        "What happened in the CRM, for integrations: an ordered, replayable feed of domain events"
            + " kept for a configurable period (30 days by default).")
@SecurityRequirement(name = "bearer")
public class EventFeedResource {

  private final EventFeedQueries feed;
  private final CurrentActor caller;

  EventFeedResource(EventFeedQueries feed, CurrentActor caller) {
    this.feed = feed;
    this.caller = caller;
  }

  @GET
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.EVENT_READERS, parseValue = true)
  @Operation(
      operationId = "listEvents",
      summary = "Read the event feed",
      description =
          "The events after a cursor, oldest first. The order is stable: an event committed late"
              + " never appears before a cursor already handed out, so a reader that stores the"
              + " last cursor it processed and polls with it misses nothing and sees nothing twice"
              + " (id tells events apart should it reprocess a page). The events of one subject"
              + " come in the order they happened. An event shows once its transaction and every"
              + " older one still running have ended. Events older than the retention period are"
              + " dropped: poll more often than that; a cursor from before them answers 410.")
  @APIResponse(
      responseCode = "200",
      description = "One page of events; empty when nothing new has happened",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventPage.class)))
  public EventPage list(@BeanParam EventFeedParams params) {
    return EventPage.of(feed.read(caller.get(), params.request()));
  }
}
