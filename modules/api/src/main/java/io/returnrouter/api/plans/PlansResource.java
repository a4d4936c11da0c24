package io.returnrouter.api.plans;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.Problems;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/plans")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Batch plans for logistics planners")
public class PlansResource {

    private final PlanService service;

    @Inject
    public PlansResource(PlanService service) {
        this.service = service;
    }

    /** For CDI proxies only. */
    protected PlansResource() {
        this(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a batch of returns asynchronously",
            description = "Inline returns (at most 10,000), generated returns or a stored dataset; solved with "
                    + "OptaPlanner while the request returns at once. Poll the Location.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the plan")
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 inline returns",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not exactly one source of returns, unknown scenario or dataset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid PlanRequestDto request,
                           @Context UriInfo uri) {
        String id = service.create(request);
        return Response.accepted(service.view(id))
                .location(uri.getBaseUriBuilder().path("v1/plans").path(id).build())
                .build();
    }

    @GET
    @Operation(summary = "List plans, newest first, page by page",
            description = "page counts from 0; size from 1 to 100 (default 20); status filters by one status "
                    + "(QUEUED, SOLVING, SOLVED, FAILED, CANCELLED).")
    @APIResponse(responseCode = "200", description = "A page of plans with the total count")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject list(@QueryParam("status") String status, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        return service.list(PlanListQuery.parse(status, page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Status, best score so far, progress, KPIs beside the greedy baseline",
            description = "With include=assignments, every parcel's route and cost breakdown, page by page.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject get(@PathParam("id") String id,
                          @QueryParam("include") @Pattern(regexp = "assignments", message = "only 'assignments' can be included") String include,
                          @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        JsonObject plan = service.view(id);
        if (include == null) {
            return plan;
        }
        return PlanView.withAssignments(plan, service.assignments(id, offset, limit), service.assignmentCount(id),
                offset, limit);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop solving early; the best solution so far is kept (CANCELLED)",
            description = "Through any instance: the instance solving the plan stops within a few seconds.")
    @APIResponse(responseCode = "202", description = "Stopping; poll the plan until it is CANCELLED")
    @APIResponse(responseCode = "200", description = "The plan had already finished")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") String id) {
        boolean finalNow = service.cancel(id);
        return Response.status(finalNow ? 200 : 202).entity(service.view(id)).build();
    }
}
