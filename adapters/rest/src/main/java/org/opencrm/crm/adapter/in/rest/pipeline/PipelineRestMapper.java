package org.opencrm.crm.adapter.in.rest.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.mapstruct.Mapper;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.DealFieldDto;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.LostReasonsResponse;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.PipelineResponse;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.StageRequest;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.StageResponse;
import org.opencrm.crm.application.pipeline.StageDraft;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.domain.deal.DealField;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.Stage;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.deal.StageOutcome;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Percent;

/** Between the pipelines' JSON and the domain; a value's error names its stage's field. */
@Mapper(config = RestMapperConfig.class)
public interface PipelineRestMapper {

  StageResponse toResponse(Stage stage);

  default PipelineResponse toResponse(Pipeline pipeline) {
    return new PipelineResponse(
        pipeline.id().value(),
        pipeline.name(),
        pipeline.id().equals(Pipeline.STANDARD),
        pipeline.stages().stream().map(this::toResponse).toList(),
        pipeline.createdAt(),
        pipeline.updatedAt(),
        pipeline.version());
  }

  default LostReasonsResponse toResponse(VersionedLostReasons reasons) {
    return new LostReasonsResponse(
        reasons.reasons().reasons(), reasons.version(), reasons.updatedAt(), reasons.updatedBy());
  }

  default List<StageDraft> toDrafts(List<StageRequest> stages) {
    if (stages == null) {
      return null;
    }
    return IntStream.range(0, stages.size())
        .mapToObj(i -> toDraft(stages.get(i), "stages[" + i + "]"))
        .toList();
  }

  private StageDraft toDraft(StageRequest stage, String at) {
    Percent probability;
    try {
      probability = Percent.of(stage.probability());
    } catch (InvalidValueException e) {
      throw e.at(at + ".probability");
    }
    Set<DealField> required = EnumSet.noneOf(DealField.class);
    if (stage.requiredToEnter() != null) {
      stage.requiredToEnter().forEach(field -> required.add(field(field)));
    }
    return new StageDraft(
        stage.id(),
        stage.name(),
        probability,
        StageOutcome.valueOf(stage.outcome().name()),
        required,
        Boolean.TRUE.equals(stage.commit()));
  }

  default UUID id(StageId id) {
    return id.value();
  }

  default String percentText(Percent percent) {
    return percent.value().toPlainString();
  }

  /** In the order of the enumeration, whatever order the set holds them in. */
  default List<DealFieldDto> fields(Set<DealField> fields) {
    return fields.stream().sorted().map(field -> DealFieldDto.valueOf(field.apiName())).toList();
  }

  default DealField field(DealFieldDto field) {
    for (DealField candidate : DealField.values()) {
      if (candidate.apiName().equals(field.name())) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("No deal field " + field);
  }
}
