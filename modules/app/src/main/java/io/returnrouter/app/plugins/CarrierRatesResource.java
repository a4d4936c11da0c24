package io.returnrouter.app.plugins;

import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.app.routing.InstalledWorld;
import io.returnrouter.auth.Roles;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierCapability;
import io.returnrouter.core.spi.carrier.Measure;
import io.returnrouter.core.spi.carrier.ParcelRefusedException;
import io.returnrouter.core.spi.carrier.PointQuery;
import io.returnrouter.core.spi.carrier.PointSearch;
import io.returnrouter.core.spi.carrier.RateLookup;
import io.returnrouter.core.spi.carrier.RateRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A carrier's price and nearest drop-off points for one parcel, from the carrier's
 * {@link RateLookup} and {@link PointSearch} capabilities: a live adapter where one is enabled
 * (guarded by fault tolerance, falling back to offline data), else the module's offline data.
 * The answer always says which source it came from.
 */
@Path("/v1/carriers/{carrierId}")
@RolesAllowed(Roles.PLANNER)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CarrierRatesResource {

    private CarrierCapabilities capabilities;
    private InstalledWorld world;

    /** For the CDI proxy only. */
    protected CarrierRatesResource() {
    }

    @Inject
    public CarrierRatesResource(CarrierCapabilities capabilities, InstalledWorld world) {
        this.capabilities = capabilities;
        this.world = world;
    }

    @POST
    @Path("/rates")
    @Consumes(MediaType.APPLICATION_JSON)
    public RateView rate(@PathParam("carrierId") String carrierId, @NotNull @Valid RateQuestion question) {
        RateLookup rates = capability(carrierId, RateLookup.class, "rates");
        RateRequest request = new RateRequest(question.serviceId(), new Lane(question.from(), question.to()),
                Measure.of(question.lengthMm(), question.widthMm(), question.heightMm(), question.weightGrams()),
                question.fromPostalCode(), question.toPostalCode());
        try {
            return RateView.of(carrierId, rates.rate(request));
        } catch (ParcelRefusedException e) {
            throw new UnprocessableException("parcel", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("serviceId", e.getMessage());
        }
    }

    @GET
    @Path("/points")
    public PointsView points(@PathParam("carrierId") String carrierId,
                             @QueryParam("lat") @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                             @QueryParam("lon") @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
                             @QueryParam("lengthMm") @Min(1) @Max(10_000) int lengthMm,
                             @QueryParam("widthMm") @Min(1) @Max(10_000) int widthMm,
                             @QueryParam("heightMm") @Min(1) @Max(10_000) int heightMm,
                             @QueryParam("weightGrams") @Min(1) @Max(2_000_000) int weightGrams,
                             @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(PointQuery.MAX_LIMIT) int limit) {
        PointSearch search = capability(carrierId, PointSearch.class, "points");
        PointQuery query = new PointQuery(new GeoPoint(lat, lon), Measure.of(lengthMm, widthMm, heightMm, weightGrams),
                limit);
        return PointsView.of(carrierId, search.points(query));
    }

    private <T extends CarrierCapability> T capability(String carrierId, Class<T> type, String what) {
        if (world.registry().carrier(carrierId).isEmpty()) {
            throw new NotFoundException("no carrier module " + carrierId + " is installed");
        }
        return capabilities.find(carrierId, type)
                .orElseThrow(() -> new NotFoundException("carrier module " + carrierId + " publishes no " + what));
    }
}
