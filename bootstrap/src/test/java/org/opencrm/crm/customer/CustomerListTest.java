package org.opencrm.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** Filters, sort orders, keyset pages and the typo-tolerant name search. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class CustomerListTest {

  private static String newTag() {
    return "list-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String create(String name, String tag, Map<String, Object> more) {
    Map<String, Object> body = new HashMap<>(more);
    body.put("name", name);
    body.put("tags", List.of(tag));
    return Api.createCustomer(TestUsers.LI, body).path("id");
  }

  private static List<String> names(String query) {
    return as(TestUsers.LI)
        .get("/api/v1/customers?" + query)
        .then()
        .statusCode(200)
        .extract()
        .path("items.name");
  }

  @Test
  void filters_combine() {
    String tag = newTag();
    create(
        "Alpha " + tag,
        tag,
        Map.of(
            "industry",
            "Retail",
            "importance",
            "KEY",
            "region",
            Map.of("province", "浙江", "city", "杭州")));
    create(
        "Beta " + tag,
        tag,
        Map.of("industry", "Retail", "importance", "NORMAL", "demandStatus", "DEAD"));
    create(
        "Gamma " + tag,
        tag,
        Map.of(
            "industry",
            "Energy",
            "importance",
            "KEY",
            "region",
            Map.of("province", "江苏", "city", "南京")));

    assertThat(names("tag=" + tag + "&industry=Retail"))
        .containsExactly("Alpha " + tag, "Beta " + tag);
    assertThat(names("tag=" + tag + "&importance=KEY"))
        .containsExactly("Alpha " + tag, "Gamma " + tag);
    assertThat(names("tag=" + tag + "&importance=KEY&industry=Retail"))
        .containsExactly("Alpha " + tag);
    assertThat(names("tag=" + tag + "&province=江苏&city=南京")).containsExactly("Gamma " + tag);
    assertThat(names("tag=" + tag + "&demandStatus=DEAD")).containsExactly("Beta " + tag);
    assertThat(names("tag=" + tag.toUpperCase())).hasSize(3);
  }

  @Test
  void keysetPages_visitEveryCustomerOnce_inTheRequestedOrder() {
    String tag = newTag();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(create("Page " + i + " " + tag, tag, Map.of()));
    }

    for (String sort : List.of("name", "-name", "createdAt", "-createdAt", "-updatedAt")) {
      List<List<String>> pages = pages(Map.of("tag", tag, "sort", sort), 2, "id");
      List<String> seen = pages.stream().flatMap(List::stream).toList();
      assertThat(pages.size()).as(sort).isEqualTo(3);
      List<String> expected = new ArrayList<>(created);
      if (sort.startsWith("-")) {
        java.util.Collections.reverse(expected);
      }
      assertThat(seen).as(sort).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void cursorOfAnotherSortOrder_isRefused() {
    String tag = newTag();
    for (int i = 0; i < 3; i++) {
      create("Sorted " + i + " " + tag, tag, Map.of());
    }
    String cursor =
        as(TestUsers.LI)
            .get("/api/v1/customers?limit=1&sort=name&tag=" + tag)
            .then()
            .extract()
            .path("nextCursor");
    as(TestUsers.LI)
        .queryParam("cursor", cursor)
        .get("/api/v1/customers?limit=1&sort=-name&tag=" + tag)
        .then()
        .statusCode(422);
  }

  @Test
  void relevanceCursors_ofTheOldFormOrMalformed_areRefused() {
    // A relevance cursor holds the score and the last update (2.3.1); one holding the score only
    // (2.3.0) or a broken key is a 422, never a 500.
    for (String key : new String[] {"0.8", "0.8@yesterday", "high@2026-12-01T00:00:00Z", "@"}) {
      String raw = "RELEVANCE,true|" + UUID.randomUUID() + "|" + key;
      as(TestUsers.LI)
          .queryParam("q", "西湖")
          .queryParam(
              "cursor",
              Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(raw.getBytes(StandardCharsets.UTF_8)))
          .get("/api/v1/customers")
          .then()
          .statusCode(422)
          .body("code", equalTo("page.cursor-invalid"));
    }
  }

  @Test
  void nameSearch_toleratesTyposAndPartialWords_bestMatchFirst() {
    String tag = newTag();
    create("杭州西湖科技有限公司", tag, Map.of());
    create("宁波港务集团", tag, Map.of());
    create("Shenzhen Brightway Electronics Co., Ltd.", tag, Map.of());

    assertThat(names("tag=" + tag + "&q=西湖科枝")).containsExactly("杭州西湖科技有限公司");
    assertThat(names("tag=" + tag + "&q=西湖")).containsExactly("杭州西湖科技有限公司");
    assertThat(names("tag=" + tag + "&q=brightwey"))
        .containsExactly("Shenzhen Brightway Electronics Co., Ltd.");
    assertThat(names("tag=" + tag + "&q=港务")).containsExactly("宁波港务集团");
    assertThat(names("tag=" + tag + "&q=nothing-like-it")).isEmpty();
    assertThat(names("tag=" + tag + "&q=50%25_")).isEmpty();
    assertThat(names("tag=" + tag + "&q=有限公司")).as("legal forms alone match nothing").isEmpty();
  }

  @Test
  void nameSearch_pagesByRelevance() {
    String tag = newTag();
    create("Orion Logistics", tag, Map.of());
    create("Orion Logistics Services", tag, Map.of());
    create("Orion Logistical Group", tag, Map.of());
    List<String> seen = namesFound(tag, "Orion Logistics", "-relevance");
    // Both names containing the query score 1.0 (ties break on id); the inexact one comes last.
    assertThat(seen).hasSize(3).doesNotHaveDuplicates().endsWith("Orion Logistical Group");
  }

  @Test
  void nameSearch_inNameOrDateOrder_pagesThroughEveryMatch() {
    String tag = newTag();
    create("Vega Freight", tag, Map.of());
    create("Altair Freight", tag, Map.of());
    create("Mira Freight", tag, Map.of());
    create("Mira Bakery", tag, Map.of());

    assertThat(namesFound(tag, "Freight", "name"))
        .containsExactly("Altair Freight", "Mira Freight", "Vega Freight");
    assertThat(namesFound(tag, "Freight", "-createdAt"))
        .containsExactly("Mira Freight", "Altair Freight", "Vega Freight");
  }

  /** Names on every page of a search, one customer per page, following the cursors. */
  private static List<String> namesFound(String tag, String q, String sort) {
    return pages(Map.of("tag", tag, "q", q, "sort", sort), 1, "name").stream()
        .flatMap(List::stream)
        .toList();
  }

  /** Every page of the customer list for these parameters: each page the items' given field. */
  private static List<List<String>> pages(Map<String, ?> params, int limit, String field) {
    List<List<String>> pages = new ArrayList<>();
    String cursor = null;
    do {
      var request = as(TestUsers.LI).queryParams(params).queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/api/v1/customers").then().statusCode(200).extract();
      pages.add(page.path("items." + field));
      cursor = page.path("nextCursor");
    } while (cursor != null);
    return pages;
  }

  @Test
  void archivedCustomers_leaveTheList() {
    String tag = newTag();
    String id = create("Gone " + tag, tag, Map.of());
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/customers/{id}", id)
        .then()
        .statusCode(204);
    assertThat(names("tag=" + tag)).isEmpty();
    assertThat(
            as(TestUsers.ADMIN)
                .get("/api/v1/customers?tag=" + tag)
                .then()
                .extract()
                .<List<String>>path("items.id"))
        .isEmpty();
  }
}
