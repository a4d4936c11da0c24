package io.returnrouter.api.scenarios;

import io.returnrouter.api.plans.PlanListQuery;
import io.returnrouter.api.plans.PlanService;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/scenarios")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scenarios", description = "Variations of the network and rules, run and compared side by side")
public class ScenariosResource {

    private final ScenarioService service;
    private final PlanService plans;

    @Inject
    public ScenariosResource(ScenarioService service, PlanService plans) {
        this.service = service;
        this.plans = plans;
    }

    /** For CDI proxies only. */
    protected ScenariosResource() {
        this(null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a scenario: add/close a hub, change capacity or departures, scale a carrier's "
            + "tariffs, override a market rule, change the weights")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "422", description = "A change does not fit the network; the problem names changes[i].field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid ScenarioRequestDto request,
                           @Context UriInfo uri) {
        ScenarioView created = service.create(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/scenarios").path(created.id()).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "All scenarios")
    public List<ScenarioView> all() {
        return service.all();
    }

    @GET
    @Path("/compare")
    @Operation(summary = "KPIs of finished runs side by side (absolute and relative differences against the first), "
            + "and what changed operationally between runs of the same dataset")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "409", description = "A run has not finished",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject compare(@QueryParam("runs") String runs) {
        if (runs == null || runs.isBlank()) {
            throw new UnprocessableException("runs", "list the plan ids to compare: ?runs=a,b");
        }
        return service.compare(Arrays.stream(runs.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One scenario")
    @APIResponse(responseCode = "200", description = "The scenario and its changes",
            content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    @APIResponse(responseCode = "404", description = "No such scenario",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScenarioView get(@PathParam("id") String id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/runs")
    @Operation(summary = "The runs of a scenario, newest first, page by page (the same items and query as the plan list)")
    @APIResponse(responseCode = "200", description = "A page: items, page, size, total")
    @APIResponse(responseCode = "404", description = "No such scenario",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject runs(@PathParam("id") String id, @QueryParam("status") String status,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        PlanListQuery query = PlanListQuery.parse(status, page, size);
        service.get(id);
        return plans.runsOf(id, query);
    }

    @POST
    @Path("/{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the scenario on a stored dataset (or generated returns): a plan, answered 202")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the run's plan")
    public Response run(@PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid RunRequestDto run,
                        @Context UriInfo uri) {
        String planId = service.run(id, run);
        return Response.accepted(JsonObjectOf.run(planId, id))
                .location(uri.getBaseUriBuilder().path("v1/plans").path(planId).build())
                .build();
    }

    /** The small body of a 202 for a run. */
    static final class JsonObjectOf {
        private JsonObjectOf() {
        }

        static JsonObject run(String planId, String scenarioId) {
            return jakarta.json.Json.createObjectBuilder().add("runId", planId).add("planId", planId)
                    .add("scenarioId", scenarioId).add("status", "QUEUED").build();
        }
    }
}
