package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the warehouse or shop reports about a return. */
@Path("/v1/returns/{returnId}/events")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Return lifecycle")
public class ReturnEventsResource {

    private final LifecycleService lifecycle;

    @Inject
    public ReturnEventsResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** For CDI proxies only. */
    protected ReturnEventsResource() {
        this(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report what the warehouse or shop did: RECEIVED, INSPECTED, REFUND_STARTED, "
            + "EXCHANGE_SHIPPED or STORE_CREDIT_ISSUED")
    @APIResponse(responseCode = "201", description = "Stored; the timeline's new event",
            content = @Content(schema = @Schema(implementation = TimelineDto.EventDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the return's current status (named); "
            + "nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A time in the future, or INSPECTED without its outcome",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("returnId") @Size(max = 64) String returnId,
                           @NotNull(message = "a JSON body is required") @Valid ShopEventDto event,
                           @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(lifecycle.report(returnId, ShopScope.of(security), event))
                .build();
    }
}
