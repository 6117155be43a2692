package org.opencrm.crm.adapter.in.rest.event;

import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.event.EventType;
import org.opencrm.crm.application.event.FeedRequest;

/** Where to read the event feed from, which types, how many ({@code @BeanParam}). */
public class EventFeedParams {

  @QueryParam("after")
  @Parameter(
      description =
          "Read the events after this cursor: the next value of the previous page, or the cursor of"
              + " the last event processed. Absent: from the oldest event kept.",
      example = "ZXZlbnRzfDc0OXwxMg")
  String after;

  @QueryParam("types")
  @Parameter(
      description =
          "Only these event types, comma-separated (see the Event* schemas); absent: all types",
      example = "lead.claimed,lead.released")
  String types;

  @QueryParam("limit")
  @Parameter(
      description = "Events per page, 1 to " + FeedRequest.MAX_LIMIT,
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "1",
              maximum = "" + FeedRequest.MAX_LIMIT,
              defaultValue = "" + FeedRequest.DEFAULT_LIMIT))
  String limit;

  FeedRequest request() {
    Integer size = QueryParams.integer("limit", limit);
    if (size != null && (size < 1 || size > FeedRequest.MAX_LIMIT)) {
      throw QueryParams.invalid(
          "limit", "must be a whole number from 1 to " + FeedRequest.MAX_LIMIT);
    }
    if (after != null && (after.isBlank() || after.length() > 200)) {
      throw QueryParams.invalid("after", "must be a cursor the event feed returned");
    }
    Set<String> wanted = new LinkedHashSet<>();
    if (types != null) {
      Arrays.stream(types.split(",", -1)).map(String::strip).forEach(wanted::add);
      if (wanted.contains("") || wanted.size() > EventType.values().length) {
        throw QueryParams.invalid("types", "must be event types, comma-separated");
      }
      for (String type : wanted) {
        if (EventType.named(type).isEmpty()) {
          throw QueryParams.invalid(
              "types",
              "'"
                  + type
                  + "' is no event type; the types are "
                  + Arrays.stream(EventType.values())
                      .map(EventType::typeName)
                      .collect(Collectors.joining(", ")));
        }
      }
    }
    return new FeedRequest(after, wanted, size == null ? FeedRequest.DEFAULT_LIMIT : size);
  }
}
