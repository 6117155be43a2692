package org.opencrm.crm.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Shorthands for calling the API as a test user. */
public final class Api {

  public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

  private Api() {}

  public static RequestSpecification as(TestUsers user) {
    return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
  }

  /** Creates a customer as the user and returns the response (asserting 201). */
  /** A merge patch of the record at {@code path}, as of {@code version} (its If-Match). */
  public static ValidatableResponse mergePatch(
      TestUsers user, String path, long version, Object body) {
    return as(user)
        .header("If-Match", "\"" + version + "\"")
        .contentType(MERGE_PATCH)
        .body(body)
        .patch(path)
        .then();
  }

  public static ExtractableResponse<Response> createCustomer(
      TestUsers user, Map<String, Object> body) {
    return as(user).body(body).post("/api/v1/customers").then().statusCode(201).extract();
  }

  public static String createCustomer(TestUsers user, String name) {
    return createCustomer(user, Map.of("name", name)).path("id");
  }

  /** A name no other test uses, so tests need no cleanup and can run in any order. */
  public static String uniqueName(String base) {
    return base + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Every item of a keyset list, page by page; {@code request} makes each page's request afresh.
   */
  public static List<String> allPages(
      Supplier<RequestSpecification> request, String path, String itemPath) {
    List<String> items = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification page = request.get();
      if (cursor != null) {
        page.queryParam("cursor", cursor);
      }
      var answer = page.get(path).then().statusCode(200).extract();
      items.addAll(answer.path(itemPath));
      cursor = answer.path("nextCursor");
    } while (cursor != null);
    return items;
  }
}
