package org.opencrm.crm.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The people the tests act as. The issuer maps each client id to that user's claims, so a test gets
 * a real signed token by asking the token endpoint as {@code client_id=<user>}.
 */
public enum TestUsers {
  LI("li.lei", "李雷", List.of("sales"), "east"),
  HAN("han.meimei", "韩梅梅", List.of("sales"), "east"),
  ZHANG("zhang.wei", "张伟", List.of("sales"), "north"),
  /** Holds only what the pool-policy tests give her, so limits can be counted exactly. */
  SUN("sun.li", "孙丽", List.of("sales"), "north"),
  WANG("wang.fang", "王芳", List.of("manager", "sales"), "east"),
  ZHOU("zhou.qiang", "周强", List.of("manager"), "north"),
  CHEN("chen.jing", "陈静", List.of("service"), "east"),
  ZHAO("zhao.min", "赵敏", List.of("analyst"), null),
  ADMIN("admin", "Administrator", List.of("admin"), null),
  /** An integration client with a tiny quota (%test.crm.rate-limit.clients), for the limits. */
  PROBE("rate.probe", "Rate probe", List.of("integration"), null),
  /** Deactivated and reactivated by the directory tests only. */
  LEAVER("wu.li", "吴离", List.of("sales"), "east"),
  WEBFORM("web-form", "Website form", List.of("integration"), null),
  /** A partner system granted the event feed and nothing else. */
  EVENT_SINK("event-sink", "Event sink", List.of("events-reader"), null);

  private static final Map<TestUsers, String> TOKENS = new ConcurrentHashMap<>();

  /** The audience the service expects (%test.crm.oidc.audience); every test user's token has it. */
  static final String AUDIENCE = "crm-api";

  /** A client of another application in the same realm: an admin there, but not for this API. */
  public static final String OTHER_CLIENT = "reporting-app";

  private static final String OTHER_CLIENT_MAPPING =
      "{\"requestParam\":\"client_id\",\"match\":\""
          + OTHER_CLIENT
          + "\",\"claims\":{\"sub\":\"reporting-app\",\"aud\":\"reporting-app\","
          + "\"realm_access\":{\"roles\":[\"admin\"]}}}";

  public final String id;
  final String displayName;
  final List<String> roles;

  public List<String> roles() {
    return roles;
  }

  public final String team;

  TestUsers(String id, String displayName, List<String> roles, String team) {
    this.id = id;
    this.displayName = displayName;
    this.roles = roles;
    this.team = team;
  }

  /**
   * A bearer token for this user, fetched once from the in-process issuer. The first token any test
   * asks for signs every test user in, so the user directory knows them all (records can be handed
   * only to users it knows), whichever test runs first.
   */
  public String token() {
    String token = TOKENS.computeIfAbsent(this, TestUsers::issue);
    signInEveryoneOnce();
    return token;
  }

  private static volatile boolean everyoneSignedIn;

  private static synchronized void signInEveryoneOnce() {
    if (everyoneSignedIn) {
      return;
    }
    everyoneSignedIn = true;
    for (TestUsers user : values()) {
      given()
          .header("Authorization", "Bearer " + TOKENS.computeIfAbsent(user, TestUsers::issue))
          .get("/api/v1/users/me")
          .then()
          .statusCode(200);
    }
  }

  private static String issue(TestUsers user) {
    return issue(user.id);
  }

  /** A token the in-process issuer signs for this client id. */
  public static String issue(String clientId) {
    return given()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId)
        .formParam("client_secret", "secret")
        .formParam("scope", "openid")
        .post(ConfigProvider.getConfig().getValue("crm.test.token-endpoint", String.class))
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** Every user but the rate-limit probe, whose tiny quota a walk over all users would exhaust. */
  public static List<TestUsers> everyoneWithRoomToCall() {
    return java.util.Arrays.stream(values()).filter(user -> user != PROBE).toList();
  }

  public String bearer() {
    return "Bearer " + token();
  }

  static String issuerConfig(String issuerId) {
    String mappings =
        java.util.Arrays.stream(values())
            .map(
                user ->
                    "{\"requestParam\":\"client_id\",\"match\":\""
                        + user.id
                        + "\",\"claims\":{\"sub\":\""
                        + user.id
                        + "\",\"name\":\""
                        + user.displayName
                        + "\",\"aud\":\""
                        + AUDIENCE
                        + "\",\"preferred_username\":\""
                        + user.id
                        + "\",\"realm_access\":{\"roles\":["
                        + user.roles.stream()
                            .map(r -> "\"" + r + "\"")
                            .collect(Collectors.joining(","))
                        + "]}"
                        + (user.team == null ? "" : ",\"team\":\"" + user.team + "\"")
                        + "}}")
            .collect(Collectors.joining(","));
    return "{\"interactiveLogin\":false,\"tokenCallbacks\":[{\"issuerId\":\""
        + issuerId
        + "\",\"tokenExpiry\":7200,\"requestMappings\":["
        + mappings
        + ","
        + OTHER_CLIENT_MAPPING
        + "]}]}";
  }
}
