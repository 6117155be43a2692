package org.opencrm.crm.adapter.in.rest.followup;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.application.port.in.Page;
import org.opencrm.crm.domain.followup.FollowUp;
import org.opencrm.crm.domain.followup.FollowUpType;

/** Follow-ups to their published shape. */
@Mapper(config = RestMapperConfig.class)
public interface FollowUpRestMapper {

  @Mapping(target = "authorId", source = "author.value")
  FollowUpResponse toResponse(FollowUp followUp);

  FollowUpType type(FollowUpTypeDto type);

  default FollowUpResponse.Page toResponse(Page<FollowUp> page) {
    return new FollowUpResponse.Page(
        page.items().stream().map(this::toResponse).toList(), page.nextCursor());
  }
}
