package org.opencrm.crm.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.application.event.port.in.PurgeOldEventsUseCase;
import org.opencrm.crm.application.event.port.out.ChangeJournal;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestDatabase;
import org.opencrm.crm.support.TestUsers;

/** The event feed over HTTP: what it shows, to whom, and that a polling reader misses nothing. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class EventFeedTest {

  /** Reads the whole feed after the cursor (null: from the start), as the user, page by page. */
  static Feed readAll(TestUsers reader, String after, String types) {
    List<Map<String, Object>> events = new ArrayList<>();
    String cursor = after;
    boolean more = true;
    while (more) {
      var request = as(reader).queryParam("limit", 1000);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      if (types != null) {
        request.queryParam("types", types);
      }
      JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
      events.addAll(page.getList("items"));
      cursor = page.getString("next");
      more = page.getBoolean("more");
    }
    return new Feed(events, cursor);
  }

  /**
   * Reads on from the cursor until the feed holds what the test waits for: a write transaction of a
   * background job may hold the horizon back for a moment, however briefly, on a busy machine.
   */
  static Feed readUntil(TestUsers reader, String after, String types, Predicate<Feed> done)
      throws InterruptedException {
    List<Map<String, Object>> events = new ArrayList<>();
    String cursor = after;
    long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      Feed page = readAll(reader, cursor, types);
      events.addAll(page.events());
      cursor = page.next();
      Feed feed = new Feed(events, cursor);
      if (done.test(feed) || System.nanoTime() > giveUpAt) {
        return feed;
      }
      Thread.sleep(100);
    }
  }

  record Feed(List<Map<String, Object>> events, String next) {
    List<Map<String, Object>> of(String subjectId) {
      return events.stream().filter(e -> subjectId.equals(e.get("subjectId"))).toList();
    }
  }

  static String tail() {
    return readAll(TestUsers.ADMIN, null, null).next();
  }

  @Test
  void aLeadsLife_appearsInOrder_withWhoDidIt_andNoPersonalData() throws Exception {
    String start = tail();
    Map<String, Object> body = Leads.body();
    String id = Leads.capture(TestUsers.WEBFORM, body).path("id");
    Leads.claim(TestUsers.LI, id).response().then().statusCode(200);
    as(TestUsers.LI)
        .body(Map.of("reason", "Outside my region"))
        .post("/api/v1/leads/{id}/release", id)
        .then()
        .statusCode(200);
    readUntil(TestUsers.ADMIN, start, null, f -> f.of(id).size() >= 3);

    var response =
        as(TestUsers.EVENT_SINK)
            .queryParam("after", start)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract();
    String json = response.asString();
    String phone = ((List<?>) body.get("phones")).get(0).toString();
    assertThat(json)
        .doesNotContain(phone.substring(3))
        .doesNotContain((String) body.get("email"))
        .doesNotContain("王小明");

    List<Map<String, Object>> events = new Feed(response.jsonPath().getList("items"), null).of(id);
    assertThat(events)
        .extracting(e -> e.get("type"))
        .containsExactly("lead.captured", "lead.claimed", "lead.released");
    assertThat(events).extracting(e -> e.get("subjectVersion")).containsExactly(0, 1, 2);
    Map<String, Object> captured = events.get(0);
    assertThat(captured.get("actor")).isEqualTo(Map.of("kind", "INTEGRATION", "id", "web-form"));
    assertThat((List<Map<String, Object>>) captured.get("changes"))
        .contains(Map.of("field", "phones", "masked", true))
        .contains(Map.of("field", "status", "to", "POOL", "masked", false));
    Map<String, Object> claimed = events.get(1);
    assertThat(claimed.get("references")).isEqualTo(Map.of("ownerId", "li.lei", "team", "east"));
    Map<String, Object> released = events.get(2);
    assertThat(released.get("reason")).isEqualTo("Outside my region");
    assertThat(released.get("references")).isEqualTo(Map.of("previousOwnerId", "li.lei"));
  }

  @Test
  void aConversion_namesTheLeadAndTheCustomer_onBothSides() throws Exception {
    String start = tail();
    String lead = Leads.held(TestUsers.LI);
    String customer =
        as(TestUsers.LI)
            .body(Map.of())
            .post("/api/v1/leads/{id}/convert", lead)
            .then()
            .statusCode(200)
            .extract()
            .path("customerId");
    Feed feed =
        readUntil(
            TestUsers.ADMIN,
            start,
            null,
            f -> f.of(lead).size() >= 2 && f.of(customer).size() >= 2);
    assertThat(feed.of(lead))
        .extracting(e -> e.get("type"))
        .containsExactly("lead.captured", "lead.converted");
    assertThat(feed.of(lead).get(1).get("references")).isEqualTo(Map.of("customerId", customer));
    List<Map<String, Object>> customerEvents = feed.of(customer);
    assertThat(customerEvents)
        .extracting(e -> e.get("type"))
        .containsExactly("customer.created", "customer.contact-added");
    assertThat(((Map<?, ?>) customerEvents.get(0).get("references")).get("leadId")).isEqualTo(lead);
  }

  @Test
  void theTypesFilter_andPaging_returnOnlyWhatIsAsked() throws Exception {
    String start = tail();
    String customer = Api.createCustomer(TestUsers.LI, Api.uniqueName("事件过滤"));
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(204);
    Feed archived =
        readUntil(
            TestUsers.ADMIN,
            start,
            "customer.archived,lead.claimed",
            f -> !f.of(customer).isEmpty());
    assertThat(archived.events())
        .allSatisfy(e -> assertThat(e.get("type")).isIn("customer.archived", "lead.claimed"));
    assertThat(archived.of(customer))
        .extracting(e -> e.get("type"))
        .containsExactly("customer.archived");

    JsonPath first =
        as(TestUsers.ADMIN)
            .queryParam("after", start)
            .queryParam("limit", 1)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getList("items")).hasSize(1);
    assertThat(first.getBoolean("more")).isTrue();
    assertThat(first.getString("next")).isEqualTo(first.getString("items[0].cursor"));
  }

  @Test
  void nothingNew_answersAnEmptyPage_withTheSameCursor() {
    String end = tail();
    as(TestUsers.ADMIN)
        .queryParam("after", end)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("next", equalTo(end))
        .body("more", equalTo(false));
  }

  @Test
  void repsAndCaptureOnlyClients_mayNotReadTheFeed() {
    for (TestUsers outsider : List.of(TestUsers.LI, TestUsers.WANG, TestUsers.WEBFORM)) {
      as(outsider)
          .get("/api/v1/events")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("events.not-allowed"));
    }
  }

  @Test
  void badInput_isA400_namingTheParameter() {
    for (var bad :
        List.of(
            Map.of("after", " "),
            Map.of("types", "lead.exploded"),
            Map.of("types", "lead.claimed,,"),
            Map.of("limit", "0"),
            Map.of("limit", "1001"),
            Map.of("limit", "ten"))) {
      String parameter = bad.keySet().iterator().next();
      as(TestUsers.ADMIN)
          .queryParams(bad)
          .get("/api/v1/events")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(parameter));
    }
  }

  @Test
  void aForgedCursor_is422() {
    for (String forged : List.of("not-a-cursor", "ZXZlbnRzfHh8eQ", "bm90LWEtY3Vyc29y")) {
      as(TestUsers.ADMIN)
          .queryParam("after", forged)
          .get("/api/v1/events")
          .then()
          .statusCode(422)
          .body("code", equalTo("page.cursor-invalid"))
          .body("errors[0].field", equalTo("after"));
    }
  }

  /**
   * A transaction that took its id first and commits last: its event sorts before those committed
   * meanwhile, so the feed holds them back until it ends, and a reader misses none of them.
   */
  @Test
  void anEventCommittedLate_isNeverSkipped_byAReaderThatPolledMeanwhile() throws Exception {
    String start = tail();
    UUID lateSubject = UUID.randomUUID();
    try (OlderTransaction slow = new OlderTransaction()) {
      String customer = Api.createCustomer(TestUsers.LI, Api.uniqueName("晚提交"));

      Feed meanwhile = readAll(TestUsers.ADMIN, start, null);
      assertThat(meanwhile.of(customer)).as("held back behind the open transaction").isEmpty();

      slow.appendAndCommit(lateSubject);

      Feed after =
          readUntil(
              TestUsers.ADMIN,
              meanwhile.next(),
              null,
              f -> !f.of(customer).isEmpty() && !f.of(lateSubject.toString()).isEmpty());
      List<Object> subjects = after.events().stream().map(e -> e.get("subjectId")).toList();
      assertThat(subjects).contains(lateSubject.toString(), customer);
      assertThat(subjects.indexOf(lateSubject.toString())).isLessThan(subjects.indexOf(customer));
    }
  }

  /**
   * An older transaction that changes a subject after a newer one did keeps the subject's order:
   * its event comes after the newer transaction's.
   */
  @Test
  void aSubjectsEvents_keepTheirOrder_whenAnOlderTransactionWritesLast() throws Exception {
    String start = tail();
    String customer;
    UUID eventId;
    try (OlderTransaction older = new OlderTransaction()) {
      customer = Api.createCustomer(TestUsers.LI, Api.uniqueName("主体顺序"));
      eventId = older.appendAndCommit(UUID.fromString(customer));
    }
    List<Object> ids =
        readUntil(TestUsers.ADMIN, start, null, f -> f.of(customer).size() >= 2)
            .of(customer)
            .stream()
            .map(e -> e.get("id"))
            .toList();
    assertThat(ids).hasSize(2);
    assertThat(ids.get(1)).isEqualTo(eventId.toString());
  }

  /** Writers on many threads, a reader polling all along: it sees each event exactly once. */
  @Test
  void aReaderPollingDuringConcurrentWrites_seesEveryEventOnce() throws Exception {
    String cursor = tail();
    Set<String> created = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      writes.add(
          writers.submit(
              () -> created.add(Api.createCustomer(TestUsers.LI, Api.uniqueName("并发事件")))));
    }
    List<String> seen = new ArrayList<>();
    Set<String> seenIds = new HashSet<>();
    long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < giveUpAt) {
      boolean writing = writes.stream().anyMatch(f -> !f.isDone());
      Feed page = readAll(TestUsers.ADMIN, cursor, "customer.created");
      for (Map<String, Object> event : page.events()) {
        assertThat(seenIds.add((String) event.get("id"))).as("seen twice").isTrue();
        seen.add((String) event.get("subjectId"));
      }
      cursor = page.next();
      if (!writing && seen.containsAll(created)) {
        break;
      }
    }
    writers.shutdown();
    for (Future<?> write : writes) {
      write.get();
    }
    assertThat(created).hasSize(40);
    assertThat(seen).containsAll(created);
  }

  @Inject PurgeOldEventsUseCase purge;

  @Test
  void eventsPastTheRetentionPeriod_arePurged_theOthersKept() throws Exception {
    String before = tail();
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                journal.write(null, List.of(event(old, Instant.now().minus(Duration.ofDays(31))))));
    QuarkusTransaction.requiringNew()
        .run(() -> journal.write(null, List.of(event(recent, Instant.now()))));
    while (purge.purgeOlderThan(Duration.ofDays(30), 1) > 0) {
      // a batch of one at a time, as the job's batches go
    }
    assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE subject_id = ?", old))
        .isZero();
    assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE subject_id = ?", recent))
        .isOne();
    // A reader whose cursor lies before what was purged would skip it: 410, not a silent gap.
    as(TestUsers.ADMIN)
        .queryParam("after", before)
        .get("/api/v1/events")
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("code", equalTo("events.cursor-expired"));
    as(TestUsers.ADMIN).queryParam("after", tail()).get("/api/v1/events").then().statusCode(200);
  }

  @Inject ChangeJournal journal;
  @Inject EntityManager em;

  private static PublishedEvent event(UUID subject, Instant occurredAt) {
    return new PublishedEvent(
        UUID.randomUUID(),
        "customer.updated",
        "customer",
        subject,
        1,
        occurredAt,
        ActorKind.SYSTEM,
        "test",
        null,
        List.of(),
        Map.of());
  }

  /**
   * A transaction of the service's own, on a thread of its own, that takes its id at once and, when
   * told the subject, appends one event about it through the journal and commits: an older
   * transaction writing last.
   */
  private final class OlderTransaction implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CountDownLatch idTaken = new CountDownLatch(1);
    private final CompletableFuture<UUID> subject = new CompletableFuture<>();
    private final Future<UUID> committed;

    OlderTransaction() throws InterruptedException {
      committed =
          thread.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .call(
                          () -> {
                            em.createNativeQuery("SELECT pg_current_xact_id()::text")
                                .getSingleResult();
                            idTaken.countDown();
                            PublishedEvent event = event(subject.get(), Instant.now());
                            journal.write(null, List.of(event));
                            return event.id();
                          }));
      assertThat(idTaken.await(1, TimeUnit.MINUTES)).as("transaction id taken").isTrue();
    }

    /** Appends an event about the subject and commits; returns the event's id. */
    UUID appendAndCommit(UUID subjectNow) throws Exception {
      subject.complete(subjectNow);
      return committed.get(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
      subject.completeExceptionally(new IllegalStateException("the test ended first"));
      thread.shutdown();
    }
  }
}
