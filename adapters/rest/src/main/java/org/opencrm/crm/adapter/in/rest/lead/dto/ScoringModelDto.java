package org.opencrm.crm.adapter.in.rest.lead.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The scoring model's published shapes: the request, its parts, and the response. */
public final class ScoringModelDto {

  private ScoringModelDto() {}

  @Schema(
      name = "ScoringRule",
      description =
          "When the attribute matches, the lead gets the points (negative for a poor fit)."
              + " EQUALS and GREATER_THAN take one value, IN one or more, PRESENT none;"
              + " GREATER_THAN applies to SIZE_BAND (by rank), PHONE_COUNT and TAG_COUNT.")
  public record Rule(
      @Schema(examples = "Referred", required = true) @NotBlank @Size(max = 100) String name,
      @Schema(required = true) @NotNull LeadAttributeDto attribute,
      @Schema(required = true) @NotNull OperatorDto operator,
      @Schema(examples = "[\"REFERRAL\"]") @Size(max = 100)
          List<@NotNull @Size(max = 200) String> values,
      @Schema(examples = "30", required = true) @NotNull Integer points) {}

  @Schema(name = "ScoringGrade", description = "A grade and the least score that earns it.")
  public record Grade(
      @Schema(examples = "HOT", required = true) @NotBlank @Size(max = 20) String name,
      @Schema(examples = "50", required = true) @NotNull Integer minScore) {}

  @Schema(
      name = "ScoringModelRequest",
      description = "The whole model; replacing it rescores every lead in a background job.")
  public record Request(
      @Schema(required = true) @NotNull @Size(max = 100) List<@NotNull @Valid Rule> rules,
      @Schema(required = true) @NotEmpty @Size(max = 10) List<@NotNull @Valid Grade> grades) {}

  @Schema(
      name = "ScoringModel",
      requiredProperties = {"rules", "grades", "version"},
      description =
          "The lead scoring model in force: the points of matching rules add up to the score; the"
              + " highest grade reached is the grade.")
  public record Response(
      List<Rule> rules,
      @Schema(description = "Highest first") List<Grade> grades,
      @Schema(description = "When an admin last set it; absent for the built-in default")
          Instant updatedAt,
      @Schema(examples = "admin") String updatedBy,
      @Schema(description = "0 for the built-in default; send as If-Match", examples = "0")
          long version) {}

  @Schema(name = "LeadAttribute", description = "What a scoring rule looks at.")
  public enum LeadAttributeDto {
    SOURCE,
    INDUSTRY,
    SIZE_BAND,
    PROVINCE,
    CITY,
    TITLE,
    TAG,
    COMPANY,
    EMAIL,
    PHONE,
    CREDIT_CODE,
    PHONE_COUNT,
    TAG_COUNT
  }

  @Schema(name = "ScoringOperator", description = "How a scoring rule compares.")
  public enum OperatorDto {
    EQUALS,
    IN,
    GREATER_THAN,
    PRESENT
  }

  @Schema(
      name = "LeadScore",
      requiredProperties = {"score", "modelVersion", "contributions"},
      description = "A lead's score under the model in force, explained rule by rule.")
  public record Explanation(
      @Schema(examples = "45") int score,
      @Schema(description = "Absent below the lowest grade", examples = "WARM") String grade,
      @Schema(description = "The model version it was computed with") long modelVersion,
      List<Contribution> contributions) {}

  @Schema(
      name = "ScoreContribution",
      requiredProperties = {"rule", "points"},
      description = "A rule that matched, and its points.")
  public record Contribution(@Schema(examples = "Referred") String rule, int points) {}
}
