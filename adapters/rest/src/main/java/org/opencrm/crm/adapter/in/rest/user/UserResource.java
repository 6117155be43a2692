package org.opencrm.crm.adapter.in.rest.user;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
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
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.IdempotencyKeyParam;
import org.opencrm.crm.adapter.in.rest.common.IdempotentPosts;
import org.opencrm.crm.adapter.in.rest.common.PageParams;
import org.opencrm.crm.adapter.in.rest.common.PublicLinks;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.common.SignIns;
import org.opencrm.crm.application.user.UserFilter;
import org.opencrm.crm.application.user.port.in.ManageUsersUseCase;
import org.opencrm.crm.application.user.port.in.RegisterUserCommand;
import org.opencrm.crm.application.user.port.in.UserDirectoryQueries;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.user.User;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Users",
    description =
        "The user directory (用户目录): who exists, their team and roles, active or not. Every"
            + " assignment and owner change is checked against it.")
@SecurityRequirement(name = "bearer")
public class UserResource {

  private final UserDirectoryQueries directory;
  private final ManageUsersUseCase manage;
  private final SignIns signIns;
  private final CurrentActor caller;
  private final PublicLinks links;
  private final IdempotentPosts idempotentPosts;

  UserResource(
      UserDirectoryQueries directory,
      ManageUsersUseCase manage,
      SignIns signIns,
      CurrentActor caller,
      PublicLinks links,
      IdempotentPosts idempotentPosts) {
    this.directory = directory;
    this.manage = manage;
    this.signIns = signIns;
    this.caller = caller;
    this.links = links;
    this.idempotentPosts = idempotentPosts;
  }

  @GET
  @Path("/users/me")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ANYONE, parseValue = true)
  @Operation(
      operationId = "getCurrentUser",
      summary = "The caller's own directory entry",
      description = "Who the service takes the caller for: id, name, team, roles.")
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  public UserResponse me() {
    return toResponse(directory.me(caller.get()));
  }

  @GET
  @Path("/users")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "listUsers",
      summary = "List users",
      description =
          "Directory entries by id, one keyset page at a time: every user for admins, the own"
              + " team's members for managers.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserPage.class)))
  public UserPage list(@BeanParam PageParams page, @BeanParam UserListParams params) {
    UserFilter filter = params.filter();
    var found = directory.list(caller.get(), filter, page.toPageRequest());
    return new UserPage(
        found.items().stream().map(UserResource::toResponse).toList(), found.nextCursor());
  }

  @GET
  @Path("/users/{id}")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ANYONE, parseValue = true)
  @Operation(
      operationId = "getUser",
      summary = "One user",
      description =
          "A directory entry: one's own, a team member's (managers), anyone's (admins); otherwise"
              + " 404.")
  @APIResponse(
      responseCode = "200",
      description = "The user",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  public UserResponse get(
      @PathParam("id")
          @Parameter(description = "The user's id (token subject)", example = "han.meimei")
          String userId) {
    return toResponse(directory.get(caller.get(), userId));
  }

  @POST
  @Path("/users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "registerUser",
      summary = "Register a user before their first sign-in",
      description =
          "So that records can be assigned to someone who has not signed in yet."
              + " An id the directory already has answers 409 user.already-exists.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegisterUserRequest.class),
              examples =
                  @ExampleObject(
                      name = "new rep",
                      value =
                          "{\"id\":\"liu.yang\",\"displayName\":\"刘洋 Liu Yang\",\"team\":\"east\","
                              + "\"roles\":[\"sales\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  public Response register(
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid RegisterUserRequest request,
      @Context UriInfo uri) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    request.roles().forEach(role -> roles.add(role.toDomain()));
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          User user =
              manage.register(
                  new RegisterUserCommand(
                      actor, request.id(), request.displayName(), request.team(), roles));
          return new IdempotentPosts.Created(
              links.to("/api/v1/users", user.id().value()), user.version(), toResponse(user));
        });
  }

  @POST
  @Path("/users/{id}/deactivate")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "deactivateUser",
      summary = "Deactivate a user",
      description =
          "The user's requests are refused (403 user.deactivated) and nobody can hand them records;"
              + " the records they hold stay theirs until handed over.")
  @APIResponse(
      responseCode = "200",
      description = "Deactivated",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  public UserResponse deactivate(
      @PathParam("id")
          @Parameter(description = "The user's id (token subject)", example = "han.meimei")
          String userId) {
    User user = manage.deactivate(caller.get(), userId);
    signIns.forget(userId);
    return toResponse(user);
  }

  @POST
  @Path("/users/{id}/reactivate")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "reactivateUser",
      summary = "Reactivate a user",
      description = "Undoes a deactivation.")
  @APIResponse(
      responseCode = "200",
      description = "Active again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  public UserResponse reactivate(
      @PathParam("id")
          @Parameter(description = "The user's id (token subject)", example = "han.meimei")
          String userId) {
    User user = manage.reactivate(caller.get(), userId);
    signIns.forget(userId);
    return toResponse(user);
  }

  @GET
  @Path("/teams")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "listTeams",
      summary = "List teams",
      description =
          "Teams named by their members' team claim, with member counts: every team for admins,"
              + " the own team for managers.")
  @APIResponse(
      responseCode = "200",
      description = "The teams",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TeamResponse.TeamList.class)))
  public TeamResponse.TeamList teams() {
    return new TeamResponse.TeamList(
        directory.teams(caller.get()).stream()
            .map(
                t ->
                    new TeamResponse(
                        t.team(), t.members(), t.activeMembers(), t.activeRecordOwners()))
            .toList());
  }

  /** A role as tokens and the contract spell it (lower case). */
  static UserResponse toResponse(User user) {
    return new UserResponse(
        user.id().value(),
        user.displayName(),
        user.team() == null ? null : user.team().value(),
        user.roles().stream().sorted().map(RoleDto::of).toList(),
        user.active(),
        user.worksRecords(),
        user.lastSignedInAt(),
        user.createdAt(),
        user.updatedAt());
  }
}
