package org.opencrm.crm.adapter.in.rest.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.IdempotencyKeyParam;
import org.opencrm.crm.adapter.in.rest.common.IdempotentPosts;
import org.opencrm.crm.application.followup.port.in.LogFollowUpUseCase;
import org.opencrm.crm.domain.followup.FollowUp;
import org.opencrm.crm.domain.shared.Actor;

/** Logs a follow-up once per Idempotency-Key: the POST of every follow-up log. */
@ApplicationScoped
class FollowUpPosts {

  private final LogFollowUpUseCase log;
  private final FollowUpRestMapper mapper;
  private final CurrentActor caller;
  private final IdempotentPosts idempotentPosts;

  FollowUpPosts(
      LogFollowUpUseCase log,
      FollowUpRestMapper mapper,
      CurrentActor caller,
      IdempotentPosts idempotentPosts) {
    this.log = log;
    this.mapper = mapper;
    this.caller = caller;
    this.idempotentPosts = idempotentPosts;
  }

  /** The follow-up on the lead, the customer or the opportunity (the others null), answered 201. */
  Response log(
      UUID leadId,
      UUID customerId,
      UUID opportunityId,
      IdempotencyKeyParam idempotencyKey,
      FollowUpRequest request,
      UriInfo uri) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          FollowUp logged =
              log.log(mapper.toCommand(actor, leadId, customerId, opportunityId, request));
          return IdempotentPosts.Created.entry(mapper.toResponse(logged));
        });
  }
}
