package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.security.Caller;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** A confirmed return's life: labels and pickups, the warehouse's reports, the timeline, erasure. */
@Path("/v1/returns/{returnId}")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Return lifecycle", description = "Labels, pickups, status events and the timeline of a confirmed return")
public class LifecycleResource {

    private static final String PDF = "application/pdf";

    private final LabelService labels;
    private final LifecycleService lifecycle;

    @Inject
    public LifecycleResource(LabelService labels, LifecycleService lifecycle) {
        this.labels = labels;
        this.lifecycle = lifecycle;
    }

    /** For CDI proxies only. */
    protected LifecycleResource() {
        this(null, null);
    }

    @POST
    @Path("/label")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book the parcels of a confirmed return with their carriers",
            description = "Per parcel a pickup order or a return label (with the carrier's QR code where it has one). "
                    + "mode says LIVE (the carrier's), OFFLINE (the carrier could not be reached: ReturnRouter's label, "
                    + "the booking is retried in the background) or RETURNROUTER (the carrier books nothing through "
                    + "an API). Asking again answers the bookings made.")
    @APIResponse(responseCode = "200", description = "The bookings",
            content = @Content(schema = @Schema(implementation = LabelAnswerDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The return is not CONFIRMED (names its status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Contact fields the booking needs are missing (named), or "
            + "the carrier refused the order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LabelAnswerDto book(@PathParam("returnId") @Size(max = 64) String returnId,
                               @Valid LabelRequestDto request, @Context SecurityContext security) {
        return labels.book(returnId, shopScope(security), request);
    }

    @GET
    @Path("/label")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The return's labels: a PDF with an A6 page per parcel, or the bookings as JSON",
            description = "Each page has the carrier's barcode (Code 128 or its own symbology), a QR code, sender, "
                    + "receiver and the return reference. Accept: application/json gives the bookings instead.")
    @APIResponse(responseCode = "200", description = "The labels", content = {
            @Content(mediaType = PDF), @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LabelAnswerDto.class))})
    @APIResponse(responseCode = "404", description = "No such return, or no label yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The customer's personal data was erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response label(@PathParam("returnId") @Size(max = 64) String returnId,
                          @jakarta.ws.rs.HeaderParam("Accept") String accept, @Context SecurityContext security) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(PDF)) {
            return Response.ok(labels.bookings(returnId, shopScope(security)), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(labels.pdf(returnId, shopScope(security)), PDF)
                .header("Content-Disposition", "inline; filename=\"return-" + returnId.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "-labels.pdf\"").build();
    }

    @POST
    @Path("/events")
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
        return Response.status(Response.Status.CREATED).entity(lifecycle.report(returnId, shopScope(security), event))
                .build();
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "The return's status and every transition, oldest first, with time, source and details")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(schema = @Schema(implementation = TimelineDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelineDto timeline(@PathParam("returnId") @Size(max = 64) String returnId,
                                @Context SecurityContext security) {
        return lifecycle.timeline(returnId, shopScope(security));
    }

    @DELETE
    @Path("/personal-data")
    @Operation(summary = "Erase the customer's personal data of the return (GDPR Art. 17)",
            description = "Removes name, address, phone and e-mail wherever they are kept; the route, status and "
                    + "timeline stay. A label can no longer be printed.")
    @APIResponse(responseCode = "200", description = "Erased (or there was none)",
            content = @Content(schema = @Schema(implementation = ErasureDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureDto erase(@PathParam("returnId") @Size(max = 64) String returnId,
                            @Context SecurityContext security) {
        return lifecycle.erase(returnId, shopScope(security));
    }

    /** The shop a shop token speaks for; null for an admin. */
    static String shopScope(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller && !caller.isAdmin()
                ? caller.shop() : null;
    }
}
