package io.returnrouter.api.returns;

import io.returnrouter.api.lifecycle.LifecycleService;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.security.AccessDeniedException;
import io.returnrouter.api.security.Caller;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/returns")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns", description = "Route quotes and confirmations for shop backends")
public class ReturnsResource {

    private final ReturnRoutingService service;
    private final LifecycleService lifecycle;

    @Inject
    public ReturnsResource(ReturnRoutingService service, LifecycleService lifecycle) {
        this.service = service;
        this.lifecycle = lifecycle;
    }

    /** For CDI proxies only. */
    protected ReturnsResource() {
        this(null, null);
    }

    @POST
    @Path("/routes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quote the routes of one return",
            description = "Ranked options per parcel (cost, customer fee, days to warehouse, refund date, CO2, "
                    + "drop-off points), or REJECTED with the rule that rejected it. No solver run: milliseconds.")
    @APIResponse(responseCode = "200", description = "ACCEPTED with options, or REJECTED with the rule",
            content = @Content(schema = @Schema(implementation = QuoteResponseDto.class)))
    @APIResponse(responseCode = "400", description = "Malformed or invalid body; the problem names the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body, or return already confirmed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Well-formed but impossible (requested before delivery...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response quote(
            @Parameter(description = "Makes retries safe: the same key and body give the same answer and no second record")
            @HeaderParam("Idempotency-Key") @Size(max = 200) @Pattern(regexp = "[\\x21-\\x7E]+",
                    message = "must be printable ASCII without spaces") String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ReturnRequestDto request,
            @Context SecurityContext security) {
        String shop = shopScope(security);
        if (shop != null && !shop.equals(request.shopId())) {
            throw new AccessDeniedException("This token speaks for shop " + shop + ", not " + request.shopId() + ".");
        }
        // The service answers with the stored JSON itself, so the answer is not serialised twice.
        return Response.ok(service.quote(request, idempotencyKey), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("/{returnId}/route")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the option the customer chose for each parcel",
            description = "From then on it counts against hub, drop-off point and pickup capacity.")
    @APIResponse(responseCode = "200", description = "The quote, now confirmed",
            content = @Content(schema = @Schema(implementation = QuoteResponseDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Rejected, cancelled, or confirmed with other choices; or "
            + "the capacity was taken since the quote: then the problem lists per parcel the options still free",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = CapacityTakenProblem.class)))
    @APIResponse(responseCode = "422", description = "A choice is not one of the quoted options",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database does not answer; retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteResponseDto confirm(
            @PathParam("returnId") @Size(max = 64) String returnId,
            @Parameter(description = "Makes retries safe: repeating a confirmation with the same key and choices "
                    + "answers the same; the same choices without a key do too")
            @HeaderParam("Idempotency-Key") @Size(max = 200) @Pattern(regexp = "[\\x21-\\x7E]+",
                    message = "must be printable ASCII without spaces") String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ConfirmRequestDto confirmation,
            @Context SecurityContext security) {
        return service.confirm(returnId, shopScope(security), confirmation, idempotencyKey);
    }

    @POST
    @Path("/{returnId}/cancel")
    @Operation(summary = "Cancel a confirmed return",
            description = "Releases the pickup slot, drop-off point, hub and departure capacity it held. "
                    + "Cancelling again answers the same.")
    @APIResponse(responseCode = "200", description = "Cancelled; its capacity is free again",
            content = @Content(schema = @Schema(implementation = CancellationDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not confirmed, so it holds nothing; or already on its way "
            + "(the problem names its status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CancellationDto cancel(@PathParam("returnId") @Size(max = 64) String returnId,
                                  @Context SecurityContext security) {
        return service.cancel(returnId, shopScope(security));
    }

    @GET
    @Path("/{returnId}")
    @Operation(summary = "The stored quote of a return, its current status and the route confirmed for each parcel")
    @APIResponse(responseCode = "200", description = "The return's quote",
            content = @Content(schema = @Schema(implementation = QuoteResponseDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteResponseDto get(@PathParam("returnId") @Size(max = 64) String returnId,
                                @Context SecurityContext security) {
        return lifecycle.describe(service.find(returnId, shopScope(security)));
    }

    /** The shop a shop token speaks for; null for an admin or a token for any shop. */
    private static String shopScope(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller && !caller.isAdmin()
                ? caller.shop() : null;
    }
}
