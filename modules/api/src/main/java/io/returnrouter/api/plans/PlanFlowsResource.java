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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A solved plan's flows by region, mode and hub, with the hubs' use of capacity: what a map draws. */
@Path("/v1/plans/{id}/flows")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Batch plans for logistics planners")
public class PlanFlowsResource {

    private final PlanService service;
    private final PlanFlows flows;

    @Inject
    public PlanFlowsResource(PlanService service, PlanFlows flows) {
        this.service = service;
        this.flows = flows;
    }

    /** For CDI proxies only. */
    protected PlanFlowsResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "Flows of a solved plan, aggregated by customer region, first-mile mode and hub or warehouse",
            description = "Each flow: region and its customers' mean position, mode, the hub or warehouse it goes to "
                    + "(with coordinates), parcels, returns, m³ and EUR; every hub with its use of capacity.")
    @APIResponse(responseCode = "200", description = "Flows, hubs and warehouses")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is not solved yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject flows(@PathParam("id") String id) {
        return flows.of(service.get(id));
    }
}
