package org.opencrm.crm.adapter.in.rest.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.opencrm.crm.adapter.in.rest.common.OptionalIfMatchParam;
import org.opencrm.crm.adapter.in.rest.common.PageParams;
import org.opencrm.crm.adapter.in.rest.common.PublicLinks;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.common.dto.ChangePage;
import org.opencrm.crm.adapter.in.rest.product.dto.ProductPage;
import org.opencrm.crm.adapter.in.rest.product.dto.ProductPatchRequest;
import org.opencrm.crm.adapter.in.rest.product.dto.ProductRequest;
import org.opencrm.crm.adapter.in.rest.product.dto.ProductResponse;
import org.opencrm.crm.application.history.port.in.ChangeHistoryQueries;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.application.product.port.in.ChangeProductStateCommand;
import org.opencrm.crm.application.product.port.in.CreateProductCommand;
import org.opencrm.crm.application.product.port.in.ManageProductsUseCase;
import org.opencrm.crm.application.product.port.in.ProductPatch;
import org.opencrm.crm.application.product.port.in.ProductQueries;
import org.opencrm.crm.application.product.port.in.UpdateProductCommand;
import org.opencrm.crm.domain.shared.Actor;

@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Products",
    description =
        "The product catalogue (产品目录) that opportunities and contracts sell in line items: admins"
            + " keep it; everyone who sells, serves or reports reads it. Money is exact: a decimal"
            + " string and an ISO 4217 currency.")
@SecurityRequirement(name = "bearer")
public class ProductResource {

  private static final String EXAMPLE =
      "{\"code\":\"LIC-STD\",\"name\":\"标准版许可 Standard licence\",\"unit\":\"seat\","
          + "\"listPrice\":{\"amount\":\"1999.00\",\"currency\":\"CNY\"},\"taxRate\":\"13\","
          + "\"category\":\"Software\"}";

  private final ManageProductsUseCase manage;
  private final ProductQueries queries;
  private final ProductRestMapper mapper;
  private final ChangeHistoryQueries history;
  private final ChangeRestMapper changes;
  private final IdempotentPosts idempotentPosts;
  private final MergePatch mergePatch;
  private final CurrentActor caller;
  private final PublicLinks links;

  ProductResource(
      ManageProductsUseCase manage,
      ProductQueries queries,
      ProductRestMapper mapper,
      ChangeHistoryQueries history,
      ChangeRestMapper changes,
      IdempotentPosts idempotentPosts,
      MergePatch mergePatch,
      CurrentActor caller,
      PublicLinks links) {
    this.manage = manage;
    this.queries = queries;
    this.mapper = mapper;
    this.history = history;
    this.changes = changes;
    this.idempotentPosts = idempotentPosts;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.links = links;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "createProduct",
      summary = "Add a product to the catalogue",
      description =
          "An active product. Its code is unique whatever its case (409 product.code-taken); the"
              + " list price is an exact amount, not negative. Send an Idempotency-Key to make"
              + " retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductRequest.class),
              examples = @ExampleObject(name = "licence", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  public Response create(
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid ProductRequest request,
      @Context UriInfo uri) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          ProductView created =
              manage.create(new CreateProductCommand(actor, mapper.toDetails(request)));
          return new IdempotentPosts.Created(
              links.to(uri.getPath(), created.id()), created.version(), mapper.toResponse(created));
        });
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.PRODUCT_READERS,
      parseValue = true)
  @Operation(
      operationId = "listProducts",
      summary = "List the catalogue",
      description = "Products by code, filtered, one keyset page at a time.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductPage.class)))
  public ProductPage list(@BeanParam PageParams page, @BeanParam ProductListParams params) {
    var found = queries.list(caller.get(), params.filter(), page.toPageRequest());
    return new ProductPage(
        found.items().stream().map(mapper::toResponse).toList(), found.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.PRODUCT_READERS,
      parseValue = true)
  @Operation(operationId = "getProduct", summary = "One product", description = "Active or not.")
  @APIResponse(
      responseCode = "200",
      description = "The product",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  public Response get(@PathParam("id") @Parameter(description = "Product id") UUID id) {
    ProductView product = queries.get(caller.get(), id);
    return EntityTags.ok(mapper.toResponse(product), product.version());
  }

  @PATCH
  @Path("/{id}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "updateProduct",
      summary = "Revise a product",
      description =
          "Applies a JSON merge patch. Needs If-Match with the ETag read. Line items already written"
              + " keep the name and price they sold; every change is recorded.")
  @RequestBody(
      content =
          @Content(
              mediaType = MergePatch.MEDIA_TYPE,
              schema = @Schema(implementation = ProductPatchRequest.class),
              examples =
                  @ExampleObject(
                      name = "new price",
                      value =
                          "{\"listPrice\":{\"amount\":\"2199.00\",\"currency\":\"CNY\"},"
                              + "\"category\":null}")))
  @APIResponse(
      responseCode = "200",
      description = "The revised product",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  public Response update(
      @PathParam("id") @Parameter(description = "Product id") UUID id,
      @BeanParam IfMatchParam ifMatch,
      @Parameter(hidden = true) JsonNode document) {
    Actor actor = caller.get();
    long expectedVersion = ifMatch.expectedVersion();
    ProductPatchRequest request = mergePatch.read(document, ProductPatchRequest.class);
    ProductPatch patch =
        new ProductPatch(
            MergePatch.field(document, "code", request.code(), mapper::code),
            MergePatch.field(document, "name", request.name()),
            MergePatch.field(document, "unit", request.unit()),
            MergePatch.field(document, "listPrice", request.listPrice(), mapper::listPrice),
            MergePatch.field(document, "taxRate", request.taxRate(), mapper::taxRate),
            MergePatch.field(document, "category", request.category()));
    ProductView updated =
        manage.update(new UpdateProductCommand(actor, id, expectedVersion, patch));
    return EntityTags.ok(mapper.toResponse(updated), updated.version());
  }

  @GET
  @Path("/{id}/history")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.PRODUCT_READERS,
      parseValue = true)
  @Operation(
      operationId = "getProductHistory",
      summary = "A product's change history",
      description =
          "Every change of the product, newest first: who, when, which fields (a list price as"
              + " amount and currency), old and new values.")
  @APIResponse(
      responseCode = "200",
      description = "One page of history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePage.class)))
  public ChangePage history(
      @PathParam("id") @Parameter(description = "Product id") UUID id, @BeanParam PageParams page) {
    var found = history.productHistory(caller.get(), id, page.toPageRequest());
    return changes.toPage(found);
  }

  @POST
  @Path("/{id}/deactivate")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "deactivateProduct",
      summary = "Take a product out of new deals",
      description =
          "It stays in the catalogue and in the line items already written; no new line sells it."
              + " Deactivating an inactive product changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The product, inactive",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  public Response deactivate(
      @PathParam("id") @Parameter(description = "Product id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch) {
    ProductView product =
        manage.deactivate(
            new ChangeProductStateCommand(caller.get(), id, ifMatch.expectedVersion()));
    return EntityTags.ok(mapper.toResponse(product), product.version());
  }

  @POST
  @Path("/{id}/reactivate")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "reactivateProduct",
      summary = "Put a product back into the catalogue",
      description = "Reactivating an active product changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The product, active",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  public Response reactivate(
      @PathParam("id") @Parameter(description = "Product id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch) {
    ProductView product =
        manage.reactivate(
            new ChangeProductStateCommand(caller.get(), id, ifMatch.expectedVersion()));
    return EntityTags.ok(mapper.toResponse(product), product.version());
  }
}
