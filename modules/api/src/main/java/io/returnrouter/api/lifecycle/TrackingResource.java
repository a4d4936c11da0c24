package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Carriers' tracking webhooks. Carriers hold no ReturnRouter token: each call is authenticated by
 * its carrier's module against the secret configured for that carrier, over the raw body.
 */
@Path("/v1/carriers/{carrierId}/tracking-events")
@PermitAll
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Return lifecycle")
public class TrackingResource {

    private final TrackingService tracking;

    @Inject
    public TrackingResource(TrackingService tracking) {
        this.tracking = tracking;
    }

    /** For CDI proxies only. */
    protected TrackingResource() {
        this(null);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a carrier's tracking webhook",
            description = "Authenticated by the carrier's signature or shared secret "
                    + "(returnrouter.carrier.<id>.webhook-secret), not by a bearer token. Each event is applied once "
                    + "per carrier event id; events for unknown tracking numbers are stored as unmatched (202), "
                    + "unknown carrier statuses stored and logged.")
    @APIResponse(responseCode = "200", description = "Every event matched a parcel",
            content = @Content(schema = @Schema(implementation = TrackingReceiptDto.class)))
    @APIResponse(responseCode = "202", description = "Stored; some events match no parcel (yet)",
            content = @Content(schema = @Schema(implementation = TrackingReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "Not in the carrier's shape",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Signature or secret wrong, or none configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such carrier, or it sends no webhooks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@PathParam("carrierId") @Size(max = 40) String carrierId, byte[] body,
                            @Context HttpHeaders headers) {
        Map<String, List<String>> lowerCase = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values));
        TrackingReceiptDto receipt = tracking.receive(carrierId, lowerCase, body == null ? new byte[0] : body);
        return Response.status(receipt.unmatched() > 0 ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(receipt).build();
    }
}
