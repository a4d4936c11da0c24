package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

/** A return's labels and pickups: booked, then printed. */
@Path("/v1/returns/{returnId}/label")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Return lifecycle")
public class LabelResource {

    private static final String PDF = "application/pdf";

    private final LabelService labels;

    @Inject
    public LabelResource(LabelService labels) {
        this.labels = labels;
    }

    /** For CDI proxies only. */
    protected LabelResource() {
        this(null);
    }

    @POST
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
        return labels.book(returnId, ShopScope.of(security), request);
    }

    @GET
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
            return Response.ok(labels.bookings(returnId, ShopScope.of(security)), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(labels.pdf(returnId, ShopScope.of(security)), PDF)
                .header("Content-Disposition", "inline; filename=\"return-" + returnId.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "-labels.pdf\"").build();
    }
}
