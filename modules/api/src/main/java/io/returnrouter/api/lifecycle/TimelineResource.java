package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A return's status and its transitions. */
@Path("/v1/returns/{returnId}/timeline")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Return lifecycle")
public class TimelineResource {

    private final LifecycleService lifecycle;

    @Inject
    public TimelineResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** For CDI proxies only. */
    protected TimelineResource() {
        this(null);
    }

    @GET
    @Operation(summary = "The return's status and every transition, oldest first, with time, source and details")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(schema = @Schema(implementation = TimelineDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelineDto timeline(@PathParam("returnId") @Size(max = 64) String returnId,
                                @Context SecurityContext security) {
        return lifecycle.timeline(returnId, ShopScope.of(security));
    }
}
