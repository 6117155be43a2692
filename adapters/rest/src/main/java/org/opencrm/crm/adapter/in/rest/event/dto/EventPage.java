package org.opencrm.crm.adapter.in.rest.event.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.application.event.FeedPage;

@Schema(
    name = "EventPage",
    requiredProperties = {"items", "more"},
    description = "Events in feed order.")
public record EventPage(
    List<EventResponse> items,
    @Schema(
            description =
                "Pass as after to read on; when no event followed, the cursor that was sent"
                    + " (absent if none was)",
            examples = "ZXZlbnRzfDc0OXwxMg")
        String next,
    @Schema(description = "Whether more events are ready now; if not, poll again later")
        boolean more) {

  public static EventPage of(FeedPage page) {
    return new EventPage(
        page.items().stream().map(EventResponse::of).toList(), page.next(), page.more());
  }
}
