package org.opencrm.crm.adapter.in.rest.common;

import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Admits API requests to their work in arrival order, as many at a time as the database has
 * connections ({@link AdmissionQueue} says why). A request that waits longer than the pool's own
 * acquisition timeout gets the same 503 {@code server.busy} the pool's timeout would give.
 */
@Singleton
public class DatabaseAdmission {

  private static final Logger LOG = Logger.getLogger(DatabaseAdmission.class);

  /**
   * The reports: long statements over many rows. They queue for places of their own before a
   * general one, so that however many run, the short calls keep the other connections.
   */
  static final List<String> REPORTS =
      List.of("/api/v1/forecast", "/api/v1/revenue", "/api/v1/receivables/aging");

  /** Where a request keeps the way to give its place back. */
  private static final String LEAVE = DatabaseAdmission.class.getName() + ".leave";

  private final AdmissionQueue queue;
  private final AdmissionQueue reports;
  private final boolean enabled;

  DatabaseAdmission(
      @ConfigProperty(name = "crm.admission.enabled", defaultValue = "true") boolean enabled,
      @ConfigProperty(name = "crm.admission.places") int places,
      @ConfigProperty(name = "crm.admission.report-places") int reportPlaces,
      @ConfigProperty(name = "crm.admission.longest-wait") Duration longestWait) {
    if (reportPlaces >= places) {
      throw new IllegalArgumentException(
          "crm.admission.report-places ("
              + reportPlaces
              + ") must leave places for the short calls ("
              + places
              + ")");
    }
    this.enabled = enabled;
    this.queue = new AdmissionQueue(places, longestWait);
    this.reports = new AdmissionQueue(reportPlaces, longestWait);
  }

  @ServerRequestFilter
  public Response admit(RoutingContext routing, UriInfo uri) {
    // Only blocking endpoints reach the database; an event-loop thread must never wait.
    if (!enabled || Context.isOnEventLoopThread()) {
      return null;
    }
    String path = uri.getPath();
    Optional<AdmissionQueue.Admission> report = Optional.empty();
    if (REPORTS.contains(path)) {
      report = reports.enter();
      if (report.isEmpty()) {
        LOG.warnf("No report place free for %s within the longest wait; answered 503", path);
        return ProblemMappers.busy(uri);
      }
    }
    Optional<AdmissionQueue.Admission> entered = queue.enter();
    if (entered.isEmpty()) {
      report.ifPresent(AdmissionQueue.Admission::leave);
      LOG.warnf("No place free for %s within the longest wait; answered 503", path);
      return ProblemMappers.busy(uri);
    }
    AdmissionQueue.Admission general = entered.get();
    Optional<AdmissionQueue.Admission> reportPlace = report;
    // Each place is given back once, however often this runs.
    Runnable leave =
        () -> {
          general.leave();
          reportPlace.ifPresent(AdmissionQueue.Admission::leave);
        };
    // The place is given back as soon as the resource has answered (its transaction is over, its
    // connection back in the pool: writing the answer needs none), else when the exchange ends,
    // whether the response was sent or the client went away. A client can go away while this
    // request waited, before the handler was added, so the state is checked after adding it (the
    // admission gives its place back only once), and nothing is done for a client that has gone.
    routing.put(LEAVE, leave);
    routing.addEndHandler(ended -> leave.run());
    HttpServerResponse response = routing.response();
    if (response.ended() || response.closed()) {
      leave.run();
      return ProblemMappers.busy(uri);
    }
    return null;
  }

  /**
   * Gives the request's place back once the resource has answered: serialising and sending the
   * answer need no connection, so they no longer keep the next request from one.
   */
  @ServerResponseFilter
  public void answered(RoutingContext routing) {
    Runnable leave = routing.get(LEAVE);
    if (leave != null) {
      leave.run();
    }
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
