package io.returnrouter.carriers.postnl.live;

import io.returnrouter.carriers.support.live.PointsAnswerBody;
import io.returnrouter.carriers.support.live.RateAnswerBody;
import io.returnrouter.carriers.support.live.RateRequestBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostNL's live rate and point API as the contract in docs/carriers.md describes it. Base URL and
 * timeouts come from MicroProfile Config under the key postnl-live (e.g. postnl-live/mp-rest/url),
 * the API key from returnrouter.carrier.postnl.live.api-key.
 */
@RegisterRestClient(configKey = "postnl-live")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "X-Api-Key", value = "{apiKey}")
public interface PostNlLiveApi {

    @POST
    @Path("/rates")
    RateAnswerBody rate(RateRequestBody request);

    @GET
    @Path("/points")
    PointsAnswerBody points(@QueryParam("lat") double lat, @QueryParam("lon") double lon,
                            @QueryParam("lengthMm") int lengthMm, @QueryParam("widthMm") int widthMm,
                            @QueryParam("heightMm") int heightMm, @QueryParam("weightGrams") int weightGrams,
                            @QueryParam("limit") int limit);

    default String apiKey() {
        return ConfigProvider.getConfig().getOptionalValue("returnrouter.carrier.postnl.live.api-key", String.class)
                .orElse("");
    }
}
