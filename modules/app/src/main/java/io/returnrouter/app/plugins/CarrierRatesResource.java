package io.returnrouter.app.plugins;

import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.app.routing.InstalledWorld;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Measure;
import io.returnrouter.carriers.support.ParcelRefusedException;
import io.returnrouter.carriers.support.RateRequest;
import io.returnrouter.carriers.support.live.LiveCarrier;
import io.returnrouter.carriers.support.live.PointQuery;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import java.util.Optional;

/**
 * A carrier's price and nearest drop-off points for one parcel. Carriers with a live adapter
 * (a {@link LiveCarrier} bean in their module) are asked live, guarded by fault tolerance; the
 * others, and live ones whose API fails, answer from the module's offline data. The answer
 * always says which source it came from.
 */
@Path("/v1/carriers/{carrierId}")
@RolesAllowed(Roles.PLANNER)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CarrierRatesResource {

    private Instance<LiveCarrier> liveCarriers;
    private InstalledWorld world;

    /** For the CDI proxy only. */
    protected CarrierRatesResource() {
    }

    @Inject
    public CarrierRatesResource(@Any Instance<LiveCarrier> liveCarriers, InstalledWorld world) {
        this.liveCarriers = liveCarriers;
        this.world = world;
    }

    @POST
    @Path("/rates")
    @Consumes(MediaType.APPLICATION_JSON)
    public RateView rate(@PathParam("carrierId") String carrierId, @NotNull @Valid RateQuestion question) {
        RateRequest request = new RateRequest(question.serviceId(), new Lane(question.from(), question.to()),
                Measure.of(question.lengthMm(), question.widthMm(), question.heightMm(), question.weightGrams()));
        try {
            return RateView.of(carrierId, live(carrierId).map(l -> l.rate(request))
                    .orElseGet(() -> offline(carrierId).offlineRate(request)));
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
        PointQuery query = new PointQuery(new GeoPoint(lat, lon), Measure.of(lengthMm, widthMm, heightMm, weightGrams),
                limit);
        return PointsView.of(carrierId, live(carrierId).map(l -> l.points(query))
                .orElseGet(() -> offline(carrierId).offlinePoints(query.near(), query.parcel(), query.limit())));
    }

    private Optional<LiveCarrier> live(String carrierId) {
        return liveCarriers.stream().filter(l -> l.carrierId().equals(carrierId)).findFirst();
    }

    private DataCarrierModule offline(String carrierId) {
        CarrierModule module = world.registry().carrier(carrierId)
                .orElseThrow(() -> new NotFoundException("no carrier module " + carrierId + " is installed"));
        if (module instanceof DataCarrierModule data) {
            return data;
        }
        throw new NotFoundException("carrier module " + carrierId + " publishes no rates or points");
    }
}
