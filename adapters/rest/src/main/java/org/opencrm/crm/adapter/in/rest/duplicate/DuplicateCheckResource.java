package org.opencrm.crm.adapter.in.rest.duplicate;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.ContactInputs;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.DuplicateRestMapper;
import org.opencrm.crm.adapter.in.rest.common.RateLimits;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.application.duplicate.DuplicateProbe;
import org.opencrm.crm.application.duplicate.port.in.DuplicateQueries;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

@Path("/api/v1/duplicate-checks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Duplicate checks",
    description = "查重 before entry, as a user types or before an import")
@SecurityRequirement(name = "bearer")
public class DuplicateCheckResource {

  private final DuplicateQueries duplicates;
  private final DuplicateRestMapper mapper;
  private final ContactInputs contactData;
  private final CurrentActor caller;
  private final RateLimits rateLimits;

  DuplicateCheckResource(
      DuplicateQueries duplicates,
      DuplicateRestMapper mapper,
      ContactInputs contactData,
      CurrentActor caller,
      RateLimits rateLimits) {
    this.duplicates = duplicates;
    this.mapper = mapper;
    this.contactData = contactData;
    this.caller = caller;
    this.rateLimits = rateLimits;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.LEAD_CAPTURERS,
      parseValue = true)
  @Operation(
      operationId = "checkDuplicates",
      summary = "Check candidates for duplicates",
      description =
          "Looks for each candidate among leads, customers and contacts, as a capture would, and"
              + " answers what it found, disclosed as far as the caller's data scope allows. Saves"
              + " nothing. Each candidate counts against"
              + " the client's duplicate-check quota per minute (429 rate.limited beyond it).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DuplicateCheckRequest.class),
              examples =
                  @ExampleObject(
                      name = "asTyped",
                      value =
                          "{\"candidates\":[{\"phones\":[\"13800138000\"],\"company\":\"西湖科技\"}]}")))
  @APIResponse(
      responseCode = "200",
      description = "The duplicates of each candidate, in request order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DuplicateCheckResponse.class)))
  public DuplicateCheckResponse check(@NotNull @Valid DuplicateCheckRequest request) {
    Actor actor = caller.get();
    rateLimits.admitDuplicateCandidates(actor, request.candidates().size());
    List<DuplicateProbe> probes = new ArrayList<>();
    for (int i = 0; i < request.candidates().size(); i++) {
      try {
        probes.add(probe(request.candidates().get(i)));
      } catch (InvalidValueException e) {
        throw e.at("candidates[" + i + "]." + e.field());
      }
    }
    List<List<DisclosedDuplicate>> found = duplicates.check(actor, probes);
    List<DuplicateCheckResponse.Result> results = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      List<DisclosedDuplicate> list = found.get(i);
      results.add(
          new DuplicateCheckResponse.Result(
              i, list.stream().anyMatch(DisclosedDuplicate::exact), mapper.toResponses(list)));
    }
    return new DuplicateCheckResponse(results);
  }

  private DuplicateProbe probe(DuplicateCheckRequest.Candidate candidate) {
    return new DuplicateProbe(
        contactData.phones(candidate.phones()),
        contactData.email(candidate.email()),
        ContactInputs.creditCode(candidate.unifiedSocialCreditCode()),
        Text.optional("company", candidate.company(), 200));
  }
}
