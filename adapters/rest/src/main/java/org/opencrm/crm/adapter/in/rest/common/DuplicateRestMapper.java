package org.opencrm.crm.adapter.in.rest.common;

import java.util.List;
import org.mapstruct.Mapper;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;

/** Disclosed duplicates to their published shape. */
@Mapper(config = RestMapperConfig.class)
public interface DuplicateRestMapper {

  DuplicateResponse toResponse(DisclosedDuplicate duplicate);

  List<DuplicateResponse> toResponses(List<DisclosedDuplicate> duplicates);
}
