package org.opencrm.crm.adapter.in.rest.followup;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.application.followup.port.in.LogFollowUpCommand;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.domain.followup.FollowUp;
import org.opencrm.crm.domain.followup.FollowUpType;
import org.opencrm.crm.domain.shared.Actor;

/** Follow-ups to their published shape. */
@Mapper(config = RestMapperConfig.class)
public interface FollowUpRestMapper {

  @Mapping(target = "authorId", source = "author.value")
  FollowUpResponse toResponse(FollowUp followUp);

  FollowUpType type(FollowUpTypeDto type);

  /** The request as a command on a lead, a customer or an opportunity (the others null). */
  default LogFollowUpCommand toCommand(
      Actor actor, UUID leadId, UUID customerId, UUID opportunityId, FollowUpRequest request) {
    return new LogFollowUpCommand(
        actor,
        leadId,
        customerId,
        opportunityId,
        type(request.type()),
        request.occurredAt(),
        request.content(),
        request.outcome(),
        request.nextFollowUpOn());
  }

  default FollowUpResponse.Page toResponse(Page<FollowUp> page) {
    return new FollowUpResponse.Page(
        page.items().stream().map(this::toResponse).toList(), page.nextCursor());
  }
}
