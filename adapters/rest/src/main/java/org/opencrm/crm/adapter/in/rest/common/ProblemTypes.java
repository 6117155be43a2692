package org.opencrm.crm.adapter.in.rest.common;

/** The base of problem type URIs; each code names a page in the API documentation. */
public final class ProblemTypes {

  public static final String BASE = "https://opencrm.org/problems/";
  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemTypes() {}

  public static String of(String code) {
    return BASE + code;
  }
}
