package org.opencrm.crm.adapter.in.rest.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.ChangeRestMapper;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.EntityTags;
import org.opencrm.crm.adapter.in.rest.common.IdempotencyKeyParam;
import org.opencrm.crm.adapter.in.rest.common.IdempotentPosts;
import org.opencrm.crm.adapter.in.rest.common.IfMatchParam;
import org.opencrm.crm.adapter.in.rest.common.MergePatch;
import org.opencrm.crm.adapter.in.rest.common.PageParams;
import org.opencrm.crm.adapter.in.rest.common.PublicLinks;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.common.dto.ChangePage;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerPage;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerPatchRequest;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerRequest;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerResponse;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.in.ArchiveCustomerCommand;
import org.opencrm.crm.application.customer.port.in.CreateCustomerCommand;
import org.opencrm.crm.application.customer.port.in.CustomerPatch;
import org.opencrm.crm.application.customer.port.in.CustomerQueries;
import org.opencrm.crm.application.customer.port.in.ManageCustomersUseCase;
import org.opencrm.crm.application.customer.port.in.UpdateCustomerCommand;
import org.opencrm.crm.application.history.port.in.ChangeHistoryQueries;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.domain.shared.Actor;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Customers", description = "Customers (客户): create, find, change, archive, history")
@SecurityRequirement(name = "bearer")
public class CustomerResource {

  private final ManageCustomersUseCase manage;
  private final CustomerQueries queries;
  private final ChangeHistoryQueries history;
  private final CustomerRestMapper mapper;
  private final ChangeRestMapper changes;
  private final IdempotentPosts idempotentPosts;
  private final MergePatch mergePatch;
  private final CurrentActor caller;
  private final PublicLinks links;

  CustomerResource(
      ManageCustomersUseCase manage,
      CustomerQueries queries,
      ChangeHistoryQueries history,
      CustomerRestMapper mapper,
      ChangeRestMapper changes,
      IdempotentPosts idempotentPosts,
      MergePatch mergePatch,
      CurrentActor caller,
      PublicLinks links) {
    this.manage = manage;
    this.queries = queries;
    this.history = history;
    this.mapper = mapper;
    this.changes = changes;
    this.idempotentPosts = idempotentPosts;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.links = links;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "createCustomer",
      summary = "Create a customer",
      description =
          "Creates a customer owned by the caller (or, for managers and admins, by the rep named in"
              + " ownerId). A unified social credit code must be valid"
              + " and unique. Send an Idempotency-Key to make retries safe.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerResponse.class)))
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerRequest.class),
              examples =
                  @ExampleObject(
                      name = "company",
                      value =
                          "{\"name\":\"杭州西湖科技有限公司\",\"kind\":\"COMPANY\",\"industry\":\"Manufacturing\","
                              + "\"sizeBand\":\"MEDIUM\",\"region\":{\"province\":\"浙江\",\"city\":\"杭州\"},"
                              + "\"sourceChannel\":\"REFERRAL\",\"tags\":[\"vip\"],\"importance\":\"KEY\","
                              + "\"demandStatus\":\"TARGET\"}")))
  public Response create(
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid CustomerRequest request,
      @Context UriInfo uri) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          CustomerView created =
              manage.create(
                  new CreateCustomerCommand(
                      actor, mapper.toProfile(request), request.ownerId(), request.team()));
          return new IdempotentPosts.Created(
              links.to(uri.getPath(), created.id()), created.version(), mapper.toResponse(created));
        });
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_READERS,
      parseValue = true)
  @Operation(
      operationId = "listCustomers",
      summary = "List customers",
      description =
          "Active customers inside the caller's data scope (own for sales, team for managers and"
              + " service, all for admins), filtered and sorted, one keyset page at a time. q searches"
              + " names tolerating typos and partial words.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerPage.class)))
  public CustomerPage list(@BeanParam PageParams page, @BeanParam CustomerListParams params) {
    CustomerFilter filter = params.filter();
    CustomerSort order = params.sort(filter);
    Page<CustomerView> found = queries.list(caller.get(), filter, order, page.toPageRequest());
    return new CustomerPage(
        found.items().stream().map(mapper::toResponse).toList(), found.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_READERS,
      parseValue = true)
  @Operation(
      operationId = "getCustomer",
      summary = "Get a customer",
      description = "A customer inside the caller's scope; archived ones for admins only.")
  @APIResponse(
      responseCode = "200",
      description = "The customer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerResponse.class)))
  public Response get(@PathParam("id") @Parameter(description = "Customer id") UUID id) {
    Actor actor = caller.get();
    CustomerView customer = queries.get(actor, id);
    return EntityTags.ok(mapper.toResponse(customer), customer.version());
  }

  @PATCH
  @Path("/{id}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "updateCustomer",
      summary = "Change a customer",
      description =
          "Applies a JSON merge patch. Needs If-Match with the ETag read. Changing ownerId or team"
              + " needs a manager (within their team) or an admin. Every change is recorded in the history.")
  @RequestBody(
      content =
          @Content(
              mediaType = MergePatch.MEDIA_TYPE,
              schema = @Schema(implementation = CustomerPatchRequest.class),
              examples =
                  @ExampleObject(
                      name = "move",
                      value = "{\"region\":{\"city\":\"宁波\"},\"notes\":null}")))
  @APIResponse(
      responseCode = "200",
      description = "The changed customer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerResponse.class)))
  public Response update(
      @PathParam("id") @Parameter(description = "Customer id") UUID id,
      @BeanParam IfMatchParam ifMatch,
      @Parameter(hidden = true) JsonNode document) {
    Actor actor = caller.get();
    long expectedVersion = ifMatch.expectedVersion();
    CustomerPatchRequest request = mergePatch.read(document, CustomerPatchRequest.class);
    CustomerPatch patch =
        new CustomerPatch(
            MergePatch.field(document, "name", request.name()),
            MergePatch.field(document, "kind", request.kind(), mapper::kind),
            MergePatch.field(document, "industry", request.industry()),
            MergePatch.field(document, "sizeBand", request.sizeBand(), mapper::sizeBand),
            MergePatch.regionPart(document, "province", () -> request.region().province()),
            MergePatch.regionPart(document, "city", () -> request.region().city()),
            MergePatch.field(
                document, "sourceChannel", request.sourceChannel(), mapper::sourceChannel),
            MergePatch.field(document, "tags", request.tags()),
            MergePatch.field(document, "importance", request.importance(), mapper::importance),
            MergePatch.field(
                document, "demandStatus", request.demandStatus(), mapper::demandStatus),
            MergePatch.field(document, "notes", request.notes()),
            MergePatch.field(
                document,
                "unifiedSocialCreditCode",
                request.unifiedSocialCreditCode(),
                mapper::creditCode),
            MergePatch.field(document, "ownerId", request.ownerId()),
            MergePatch.field(document, "team", request.team()));
    CustomerView updated =
        manage.update(new UpdateCustomerCommand(actor, id, expectedVersion, patch));
    return EntityTags.ok(mapper.toResponse(updated), updated.version());
  }

  @DELETE
  @Path("/{id}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "archiveCustomer",
      summary = "Archive a customer",
      description =
          "Soft delete: the customer leaves every list and stops changing, its records stay and"
              + " admins can still read it. Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Archived")
  public Response archive(
      @PathParam("id") @Parameter(description = "Customer id") UUID id,
      @BeanParam IfMatchParam ifMatch) {
    Actor actor = caller.get();
    manage.archive(new ArchiveCustomerCommand(actor, id, ifMatch.expectedVersion()));
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/history")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_READERS,
      parseValue = true)
  @Operation(
      operationId = "getCustomerHistory",
      summary = "A customer's change history",
      description =
          "Every change of the customer and its contacts, newest first: who (user, integration or"
              + " system), when, which fields, old and new values.")
  @APIResponse(
      responseCode = "200",
      description = "One page of history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePage.class)))
  public ChangePage history(
      @PathParam("id") @Parameter(description = "Customer id") UUID id,
      @BeanParam PageParams page) {
    Actor actor = caller.get();
    var found = history.customerHistory(actor, id, page.toPageRequest());
    return changes.toPage(found);
  }
}
