package io.returnrouter.carriers.bring.live;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
 * The Bring (Mybring) APIs we use, as Bring's developer documentation describes them (field map in
 * docs/carriers.md): Pickup Point, Shipping Guide v2 (prices), Booking and Tracking. Base URL
 * under the key bring-live (e.g. bring-live/mp-rest/url=https://api.bring.com); Mybring's
 * credentials from returnrouter.carrier.bring.live.api-uid and .api-key.
 */
@RegisterRestClient(configKey = "bring-live")
@RegisterProvider(BringErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "X-Mybring-API-Uid", value = "{apiUid}")
@ClientHeaderParam(name = "X-Mybring-API-Key", value = "{apiKey}")
@ClientHeaderParam(name = "X-Bring-Client-URL", value = "https://github.com/returnrouter")
public interface BringLiveApi {

    @GET
    @Path("/pickuppoint/api/pickuppoint/{countryCode}/location/{latitude}/{longitude}.json")
    JsonObject pickupPoints(@PathParam("countryCode") String countryCode, @PathParam("latitude") double latitude,
                            @PathParam("longitude") double longitude);

    @POST
    @Path("/shippingguide/api/v2/products")
    JsonObject prices(JsonObject request);

    @POST
    @Path("/booking/api/booking")
    JsonObject book(JsonObject request);

    @GET
    @Path("/tracking/api/v2/tracking.json")
    JsonObject tracking(@QueryParam("q") String trackingNumber);

    default String apiUid() {
        return ConfigProvider.getConfig().getOptionalValue("returnrouter.carrier.bring.live.api-uid", String.class)
                .orElse("");
    }

    default String apiKey() {
        return ConfigProvider.getConfig().getOptionalValue("returnrouter.carrier.bring.live.api-key", String.class)
                .orElse("");
    }
}
