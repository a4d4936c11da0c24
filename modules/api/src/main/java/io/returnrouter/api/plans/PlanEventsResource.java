package io.returnrouter.api.plans;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plan's progress pushed as server-sent events. Each tick reads the plan as any instance sees it
 * (the solving instance's memory, else the progress it stored in the database), so a console
 * connected to another instance than the solver's follows the plan as well.
 */
@Path("/v1/plans/{id}/events")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Tag(name = "Plans", description = "Batch plans for logistics planners")
public class PlanEventsResource {

    private final PlanService service;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    public PlanEventsResource(PlanService service) {
        this.service = service;
    }

    /** For CDI proxies only. */
    protected PlanEventsResource() {
        this(null);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live progress (text/event-stream)",
            description = "An event `progress` every second while the plan is queued or solving (status, best score "
                    + "over time, seconds left), then one event `done` with the final status; the stream then ends.")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        service.get(id);
        PlanProgressStream stream = new PlanProgressStream(id, service, sink, sse);
        stream.attach(scheduler.scheduleWithFixedDelay(stream::tick, 0, PlanProgressStream.TICK_MILLIS, TimeUnit.MILLISECONDS));
    }
}
