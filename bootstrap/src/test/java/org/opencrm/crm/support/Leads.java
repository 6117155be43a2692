package org.opencrm.crm.support;

import static org.opencrm.crm.support.Api.as;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Shorthands for leads in tests: unique phones, e-mails and company names, so tests never clash.
 */
public final class Leads {

  private static final String CJK = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土风云雷电";

  private Leads() {}

  /** A valid Chinese mobile number no other test uses (in practice). */
  public static String uniquePhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  public static String uniqueEmail() {
    return "lead-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@example.com";
  }

  /** A company name whose normalised key no other test shares: five random CJK characters. */
  public static String uniqueCompany() {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      name.append(CJK.charAt(ThreadLocalRandom.current().nextInt(CJK.length())));
    }
    return name + "贸易";
  }

  /** A lead body with a unique phone, e-mail and company, plus the given fields. */
  public static Map<String, Object> body(Object... keysAndValues) {
    Map<String, Object> body = new HashMap<>();
    body.put("personName", "王小明");
    body.put("company", uniqueCompany() + "有限公司");
    body.put("phones", List.of(uniquePhone()));
    body.put("email", uniqueEmail());
    body.put("sourceChannel", "WEB_FORM");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      body.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return body;
  }

  public static ExtractableResponse<Response> capture(TestUsers user, Map<String, Object> body) {
    return as(user).body(body).post("/api/v1/leads").then().statusCode(201).extract();
  }

  /** Captures a lead held by the user and returns its id. */
  public static String held(TestUsers user) {
    return capture(user, body()).path("id");
  }

  /** Captures a pooled lead and returns its id. */
  public static String pooled() {
    return capture(TestUsers.WEBFORM, body()).path("id");
  }

  public static ExtractableResponse<Response> claim(TestUsers user, String leadId) {
    return as(user).post("/api/v1/leads/{id}/claim", leadId).then().extract();
  }
}
