package org.opencrm.crm.adapter.in.rest.customer;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opencrm.crm.adapter.in.rest.common.QueryParams;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.domain.customer.DealStatus;
import org.opencrm.crm.domain.customer.DemandStatus;
import org.opencrm.crm.domain.customer.Importance;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** The filters, the name search and the order of the customer list ({@code @BeanParam}). */
public class CustomerListParams {

  @QueryParam("ownerId")
  @Parameter(description = "Owning rep's user id", example = "li.lei")
  String ownerId;

  @QueryParam("team")
  @Parameter(description = "Owning team", example = "east")
  String team;

  @QueryParam("industry")
  @Parameter(description = "Industry, exact", example = "Manufacturing")
  String industry;

  @QueryParam("province")
  @Parameter(description = "Province, exact", example = "浙江")
  String province;

  @QueryParam("city")
  @Parameter(description = "City, exact", example = "杭州")
  String city;

  @QueryParam("tag")
  @Parameter(description = "Has this tag", example = "vip")
  String tag;

  @QueryParam("importance")
  @Parameter(description = "KEY or NORMAL", schema = @Schema(enumeration = {"KEY", "NORMAL"}))
  String importance;

  @QueryParam("demandStatus")
  @Parameter(
      description = "TARGET, POTENTIAL or DEAD",
      schema = @Schema(enumeration = {"TARGET", "POTENTIAL", "DEAD"}))
  String demandStatus;

  @QueryParam("dealStatus")
  @Parameter(
      description =
          "CLOSED (a contract signed, in force or fulfilled), NEGOTIATING (an open opportunity,"
              + " no such contract) or POTENTIAL (neither)",
      schema = @Schema(enumeration = {"POTENTIAL", "NEGOTIATING", "CLOSED"}))
  String dealStatus;

  @QueryParam("q")
  @Parameter(description = "Name search, tolerant of typos and partial words", example = "西湖科技")
  String q;

  @QueryParam("sort")
  @Parameter(
      description =
          "name, createdAt, updatedAt or relevance (with q), - prefix for descending; default name,"
              + " or -relevance with q. Equally relevant matches come in order of last update"
              + " (with -relevance, the customers updated last first)",
      example = "-createdAt")
  String sort;

  /** The filter; 400 with a field error for malformed values. */
  CustomerFilter filter() {
    try {
      return new CustomerFilter(
          ownerId,
          team,
          industry,
          province,
          city,
          tag,
          QueryParams.enumValue("importance", importance, Importance.class),
          QueryParams.enumValue("demandStatus", demandStatus, DemandStatus.class),
          QueryParams.enumValue("dealStatus", dealStatus, DealStatus.class),
          q);
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }

  /** The order asked for (relevance by default when searching); 400 for an unknown one. */
  CustomerSort sort(CustomerFilter filter) {
    try {
      return CustomerSort.parse(sort, filter.q() != null);
    } catch (InvalidValueException e) {
      throw QueryParams.invalid(e.field(), e.getMessage());
    }
  }
}
