package io.returnrouter.carriers.postnl.live;

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
 * The PostNL Send &amp; Track APIs we use, as PostNL's public documentation describes them (see
 * docs/carriers.md for the field map): Barcode, Labelling (with confirmation), Locations and
 * Shippingstatus. Base URL and timeouts come from MicroProfile Config under the key postnl-live
 * (e.g. postnl-live/mp-rest/url=https://api.postnl.nl), the key from
 * returnrouter.carrier.postnl.live.api-key, sent in PostNL's {@code apikey} header.
 */
@RegisterRestClient(configKey = "postnl-live")
@RegisterProvider(PostNlErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "apikey", value = "{apiKey}")
public interface PostNlLiveApi {

    /** A new barcode (the tracking number) of the given type and serie. */
    @GET
    @Path("/shipment/v1_1/barcode")
    JsonObject barcode(@QueryParam("CustomerCode") String customerCode,
                       @QueryParam("CustomerNumber") String customerNumber,
                       @QueryParam("Type") String type, @QueryParam("Serie") String serie);

    /** A label for the shipment, confirmed to PostNL in the same call. */
    @POST
    @Path("/shipment/v2_2/label")
    JsonObject label(@QueryParam("confirm") boolean confirm, JsonObject request);

    @GET
    @Path("/shipment/v2_1/locations/nearest/geocode")
    JsonObject nearestLocations(@QueryParam("Latitude") double latitude, @QueryParam("Longitude") double longitude,
                                @QueryParam("CountryCode") String countryCode,
                                @QueryParam("DeliveryOptions") String deliveryOptions);

    /** Every status the shipment had, with {@code detail=true}. */
    @GET
    @Path("/shipment/v2/status/barcode/{barcode}")
    JsonObject status(@PathParam("barcode") String barcode, @QueryParam("detail") boolean detail);

    default String apiKey() {
        return ConfigProvider.getConfig().getOptionalValue("returnrouter.carrier.postnl.live.api-key", String.class)
                .orElse("");
    }
}
