package io.returnrouter.api.plans;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's assignments, filtered and paged by the server, so a client never loads a whole plan to find some. */
@Path("/v1/plans/{id}/assignments")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Batch plans for logistics planners")
public class PlanAssignmentsResource {

    private final PlanService service;

    @Inject
    public PlanAssignmentsResource(PlanService service) {
        this.service = service;
    }

    /** For CDI proxies only. */
    protected PlanAssignmentsResource() {
        this(null);
    }

    @GET
    @Operation(summary = "A page of a plan's assignments, filtered by market, first mile, carrier and hub",
            description = "Every filter is optional and they combine; the database filters, counts and pages "
                    + "(total is the number of assignments that pass). Items as in include=assignments.")
    @APIResponse(responseCode = "200", description = "planId, filters, page, size, total and the page's items")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid; the problem names each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject assignments(
            @PathParam("id") String id,
            @Parameter(description = "market (ISO country code), e.g. NL") @QueryParam("market") String market,
            @Parameter(description = "first-mile mode: HOME_PICKUP, DROP_OFF_POINT or STORE") @QueryParam("firstMile") String firstMile,
            @Parameter(description = "carrier id of the first mile, e.g. postnl") @QueryParam("carrier") String carrier,
            @Parameter(description = "where the parcel leaves for the warehouse: a hub's id (HUB-MALMO) or the warehouse's (direct)") @QueryParam("hub") String hub,
            @Parameter(description = "page, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.assignmentPage(id, AssignmentQuery.parse(market, firstMile, carrier, hub, page, size));
    }
}
