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
import org.opencrm.crm.adapter.in.rest.common.ContactInputs;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.EntityTags;
import org.opencrm.crm.adapter.in.rest.common.IdempotencyKeyParam;
import org.opencrm.crm.adapter.in.rest.common.IdempotentPosts;
import org.opencrm.crm.adapter.in.rest.common.IfMatchParam;
import org.opencrm.crm.adapter.in.rest.common.MergePatch;
import org.opencrm.crm.adapter.in.rest.common.PublicLinks;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.customer.dto.ContactList;
import org.opencrm.crm.adapter.in.rest.customer.dto.ContactPatchRequest;
import org.opencrm.crm.adapter.in.rest.customer.dto.ContactRequest;
import org.opencrm.crm.adapter.in.rest.customer.dto.ContactResponse;
import org.opencrm.crm.application.customer.port.in.AddContactCommand;
import org.opencrm.crm.application.customer.port.in.ContactView;
import org.opencrm.crm.application.customer.port.in.CustomerQueries;
import org.opencrm.crm.application.customer.port.in.ManageContactsUseCase;
import org.opencrm.crm.application.customer.port.in.RemoveContactCommand;
import org.opencrm.crm.application.customer.port.in.UpdateContactCommand;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.shared.Actor;

@Path("/api/v1/customers/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Contacts", description = "Contact persons (联系人) of a customer")
@SecurityRequirement(name = "bearer")
public class ContactResource {

  private final ManageContactsUseCase manage;
  private final CustomerQueries queries;
  private final CustomerRestMapper mapper;
  private final ContactInputs inputs;
  private final IdempotentPosts idempotentPosts;
  private final MergePatch mergePatch;
  private final CurrentActor caller;
  private final PublicLinks links;

  ContactResource(
      ManageContactsUseCase manage,
      CustomerQueries queries,
      CustomerRestMapper mapper,
      ContactInputs inputs,
      IdempotentPosts idempotentPosts,
      MergePatch mergePatch,
      CurrentActor caller,
      PublicLinks links) {
    this.manage = manage;
    this.queries = queries;
    this.mapper = mapper;
    this.inputs = inputs;
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
      operationId = "addContact",
      summary = "Add a contact",
      description =
          "Adds a contact to a customer in the caller's scope. Phones are normalised to E.164, the"
              + " e-mail lower-cased. The first contact, or one marked primary, becomes the primary"
              + " contact.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactRequest.class),
              examples =
                  @ExampleObject(
                      name = "buyer",
                      value =
                          "{\"name\":\"王芳\",\"title\":\"采购经理\",\"phones\":[\"138 0013 8000\"],"
                              + "\"email\":\"Wang.Fang@example.com\",\"primary\":true,\"marketingConsent\":false}")))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactResponse.class)))
  public Response add(
      @PathParam("id") @Parameter(description = "Customer id") UUID customerId,
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid ContactRequest request,
      @Context UriInfo uri) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          ContactView added =
              manage.add(new AddContactCommand(actor, customerId, details(request)));
          return new IdempotentPosts.Created(
              links.to(uri.getPath(), added.id()), added.version(), mapper.toResponse(added));
        });
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_READERS,
      parseValue = true)
  @Operation(
      operationId = "listContacts",
      summary = "List a customer's contacts",
      description = "All contacts, the primary one first.")
  @APIResponse(
      responseCode = "200",
      description = "The contacts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactList.class)))
  public ContactList list(
      @PathParam("id") @Parameter(description = "Customer id") UUID customerId) {
    Actor actor = caller.get();
    return new ContactList(
        queries.contacts(actor, customerId).stream().map(mapper::toResponse).toList());
  }

  @GET
  @Path("/{contactId}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_READERS,
      parseValue = true)
  @Operation(
      operationId = "getContact",
      summary = "Get a contact",
      description = "One contact of a customer in the caller's scope.")
  @APIResponse(
      responseCode = "200",
      description = "The contact",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactResponse.class)))
  public Response get(
      @PathParam("id") @Parameter(description = "Customer id") UUID customerId,
      @PathParam("contactId") @Parameter(description = "Contact id") UUID contactId) {
    Actor actor = caller.get();
    ContactView contact = queries.contact(actor, customerId, contactId);
    return EntityTags.ok(mapper.toResponse(contact), contact.version());
  }

  @PATCH
  @Path("/{contactId}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "updateContact",
      summary = "Change a contact",
      description =
          "Applies a JSON merge patch to the contact. Needs If-Match with the contact's ETag.")
  @RequestBody(
      content =
          @Content(
              mediaType = MergePatch.MEDIA_TYPE,
              schema = @Schema(implementation = ContactPatchRequest.class),
              examples =
                  @ExampleObject(
                      name = "new phone",
                      value = "{\"phones\":[\"+86 139 0000 1111\"],\"title\":null}")))
  @APIResponse(
      responseCode = "200",
      description = "The changed contact",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactResponse.class)))
  public Response update(
      @PathParam("id") @Parameter(description = "Customer id") UUID customerId,
      @PathParam("contactId") @Parameter(description = "Contact id") UUID contactId,
      @BeanParam IfMatchParam ifMatch,
      @Parameter(hidden = true) JsonNode document) {
    Actor actor = caller.get();
    long expectedVersion = ifMatch.expectedVersion();
    ContactPatchRequest request = mergePatch.read(document, ContactPatchRequest.class);
    ContactView updated =
        manage.update(
            new UpdateContactCommand(
                actor,
                customerId,
                contactId,
                expectedVersion,
                MergePatch.field(document, "name", request.name()),
                MergePatch.field(document, "title", request.title()),
                MergePatch.field(document, "phones", request.phones(), inputs::phones),
                MergePatch.field(document, "email", request.email(), inputs::email),
                MergePatch.field(document, "primary", request.primary()),
                MergePatch.field(document, "marketingConsent", request.marketingConsent())));
    return EntityTags.ok(mapper.toResponse(updated), updated.version());
  }

  @DELETE
  @Path("/{contactId}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CUSTOMER_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "removeContact",
      summary = "Remove a contact",
      description =
          "Removes the contact (recorded in the customer's history). If it was primary, the next contact becomes primary. Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(
      @PathParam("id") @Parameter(description = "Customer id") UUID customerId,
      @PathParam("contactId") @Parameter(description = "Contact id") UUID contactId,
      @BeanParam IfMatchParam ifMatch) {
    Actor actor = caller.get();
    manage.remove(
        new RemoveContactCommand(actor, customerId, contactId, ifMatch.expectedVersion()));
    return Response.noContent().build();
  }

  private ContactDetails details(ContactRequest request) {
    return new ContactDetails(
        request.name(),
        request.title(),
        inputs.phones(request.phones()),
        inputs.email(request.email()),
        Boolean.TRUE.equals(request.primary()),
        Boolean.TRUE.equals(request.marketingConsent()));
  }
}
