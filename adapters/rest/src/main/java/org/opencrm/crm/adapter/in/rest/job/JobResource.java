package org.opencrm.crm.adapter.in.rest.job;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.common.dto.JobResponse;
import org.opencrm.crm.application.job.port.in.JobQueries;

@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Jobs", description = "Progress of long work started with 202 Accepted")
@SecurityRequirement(name = "bearer")
public class JobResource {

  private final JobQueries jobs;
  private final CurrentActor caller;

  JobResource(JobQueries jobs, CurrentActor caller) {
    this.jobs = jobs;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "getJob",
      summary = "A background job's progress",
      description = "State and processed/total of a job an admin started.")
  @APIResponse(
      responseCode = "200",
      description = "The job",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class)))
  public JobResponse get(@PathParam("id") @Parameter(description = "Job id") UUID id) {
    return JobResponse.of(jobs.get(caller.get(), id));
  }
}
