package org.opencrm.crm.adapter.in.rest.common;

import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Admits API requests to their work in arrival order, as many at a time as the database has
 * connections ({@link AdmissionQueue} says why). A request that waits longer than the pool's own
 * acquisition timeout gets the same 503 {@code server.busy} the pool's timeout would give.
 */
@Singleton
public class DatabaseAdmission {

  private static final Logger LOG = Logger.getLogger(DatabaseAdmission.class);

  private final AdmissionQueue queue;
  private final boolean enabled;

  DatabaseAdmission(
      @ConfigProperty(name = "crm.admission.enabled", defaultValue = "true") boolean enabled,
      @ConfigProperty(name = "crm.admission.places") int places,
      @ConfigProperty(name = "crm.admission.longest-wait") Duration longestWait) {
    this.enabled = enabled;
    this.queue = new AdmissionQueue(places, longestWait);
  }

  @ServerRequestFilter
  public Response admit(RoutingContext routing, UriInfo uri) {
    // Only blocking endpoints reach the database; an event-loop thread must never wait.
    if (!enabled || Context.isOnEventLoopThread()) {
      return null;
    }
    Optional<AdmissionQueue.Admission> entered = queue.enter();
    if (entered.isEmpty()) {
      LOG.warnf("No place free for %s within the longest wait; answered 503", uri.getPath());
      return ProblemMappers.busy(uri);
    }
    AdmissionQueue.Admission admission = entered.get();
    // The place is given back when the exchange ends, whether the response was sent or the client
    // went away. A client can go away while this request waited, before the handler was added, so
    // the state is checked after adding it (the admission gives its place back only once), and
    // nothing is done for a client that has gone.
    routing.addEndHandler(ended -> admission.leave());
    HttpServerResponse response = routing.response();
    if (response.ended() || response.closed()) {
      admission.leave();
      return ProblemMappers.busy(uri);
    }
    return null;
  }

  /** Requests waiting for a place now: above zero, the database is the bottleneck. */
  public int waiting() {
    return queue.waiting();
  }

  /** Places free now. */
  public int free() {
    return queue.free();
  }
}
