package org.opencrm.crm.adapter.in.rest.common;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.dto.ChangePage;
import org.opencrm.crm.adapter.in.rest.common.dto.ChangeResponse;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/** A record's change history entries to the published JSON shape, for every kind of record. */
@Mapper(config = RestMapperConfig.class)
public interface ChangeRestMapper {

  @Mapping(target = "actor", expression = "java(actorOf(change))")
  ChangeResponse toResponse(ChangeRecord change);

  /** One page of a record's history. */
  default ChangePage toPage(Page<ChangeRecord> page) {
    return new ChangePage(page.items().stream().map(this::toResponse).toList(), page.nextCursor());
  }

  default ChangeResponse.ActorResponse actorOf(ChangeRecord change) {
    return new ChangeResponse.ActorResponse(
        change.actorId(), change.actorName(), change.actorKind().name());
  }
}
