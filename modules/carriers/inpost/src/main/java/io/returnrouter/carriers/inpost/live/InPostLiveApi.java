package io.returnrouter.carriers.inpost.live;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * InPost's ShipX API as its public documentation describes it (field map in docs/carriers.md):
 * points, shipments of an organization, a shipment's state, tracking, cancellation. Base URL under
 * the key inpost-live; the organization's token from returnrouter.carrier.inpost.live.api-token,
 * sent as a bearer token.
 */
@RegisterRestClient(configKey = "inpost-live")
@RegisterProvider(InPostErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "Authorization", value = "{bearer}")
public interface InPostLiveApi {

    /** Points nearest to {@code relative_point} ("lat,lon"), nearest first. */
    @GET
    @Path("/v1/points")
    JsonObject points(@QueryParam("relative_point") String relativePoint, @QueryParam("type") String type,
                      @QueryParam("per_page") int perPage);

    @POST
    @Path("/v1/organizations/{organizationId}/shipments")
    JsonObject createShipment(@PathParam("organizationId") String organizationId, JsonObject shipment);

    @GET
    @Path("/v1/shipments/{id}")
    JsonObject shipment(@PathParam("id") String id);

    @DELETE
    @Path("/v1/shipments/{id}")
    void cancel(@PathParam("id") String id);

    @GET
    @Path("/v1/tracking/{trackingNumber}")
    JsonObject tracking(@PathParam("trackingNumber") String trackingNumber);

    default String bearer() {
        return "Bearer " + ConfigProvider.getConfig()
                .getOptionalValue("returnrouter.carrier.inpost.live.api-token", String.class).orElse("");
    }
}
