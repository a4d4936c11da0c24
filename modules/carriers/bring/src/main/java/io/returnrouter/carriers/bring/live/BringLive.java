package io.returnrouter.carriers.bring.live;

import io.returnrouter.carriers.bring.BringCarrier;
import io.returnrouter.carriers.support.live.LiveLookups;
import io.returnrouter.carriers.support.rest.Polls;
import io.returnrouter.carriers.support.rest.UnavailableBooking;
import io.returnrouter.carriers.support.rest.UnavailableUpdates;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.ParcelRefusedException;
import io.returnrouter.core.spi.carrier.PickupBooking;
import io.returnrouter.core.spi.carrier.PickupOrder;
import io.returnrouter.core.spi.carrier.PointQuery;
import io.returnrouter.core.spi.carrier.PointSearch;
import io.returnrouter.core.spi.carrier.PointsAnswer;
import io.returnrouter.core.spi.carrier.RateLookup;
import io.returnrouter.core.spi.carrier.RateQuote;
import io.returnrouter.core.spi.carrier.RateRequest;
import io.returnrouter.core.spi.carrier.TrackingPolling;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Bring's live API: prices from the Shipping Guide (by postal code), pickup points, pickup orders
 * through the Booking API, and tracking by polling (Bring's push, Event Cast, is not used: its
 * signature scheme could not be checked). Offered when {@code returnrouter.carrier.bring.live.enabled}
 * is true. A service is booked and priced as the Bring product configured for it
 * ({@code returnrouter.carrier.bring.product.<serviceId>}).
 * <p>Rates and points: 1.5 s, one retry, a breaker that opens when 3 of the last 4 calls failed
 * (30 s), then the module's offline data; a refused parcel is not a failure. Bookings: 5 s, no
 * retry (a retry could book twice), unreachable Bring reported as
 * {@link io.returnrouter.core.spi.carrier.CarrierUnavailableException}. Tunable through
 * MicroProfile Config, e.g. {@code io.returnrouter.carriers.bring.live.BringLive/rate/Timeout/value}.
 * <p>Each live carrier has its own adapter class on purpose: fault tolerance keeps a breaker per
 * bean class and method, so a shared class would let one carrier's outage open the other's.
 */
@ApplicationScoped
public class BringLive implements RateLookup, PointSearch, PickupBooking, TrackingPolling {

    private final BringCarrier offline = new BringCarrier();
    private BringLiveApi api;
    private boolean enabled;
    private String customerNumber;
    private boolean testIndicator;

    /** For the CDI proxy only. */
    protected BringLive() {
    }

    @Inject
    public BringLive(@RestClient BringLiveApi api,
                     @ConfigProperty(name = "returnrouter.carrier.bring.live.enabled", defaultValue = "false") boolean enabled,
                     @ConfigProperty(name = "returnrouter.carrier.bring.customer-number") String customerNumber,
                     @ConfigProperty(name = "returnrouter.carrier.bring.test-indicator", defaultValue = "true") boolean testIndicator) {
        this.api = api;
        this.enabled = enabled;
        this.customerNumber = customerNumber;
        this.testIndicator = testIndicator;
    }

    @Override
    public String carrierId() {
        return offline.carrierId();
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100, jitter = 0,
            abortOn = {ParcelRefusedException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = ParcelRefusedException.class)
    @Fallback(fallbackMethod = "offlineRate", skipOn = ParcelRefusedException.class)
    public RateQuote rate(RateRequest request) {
        Optional<String> product = product(request.serviceId());
        if (product.isEmpty() || !request.hasPostalCodes()) {
            return offline.offlineRate(request).withNote(product.isEmpty()
                    ? "no Bring product configured for " + request.serviceId() + "; sample list price"
                    : "Bring prices by postal code and none was given; sample list price");
        }
        return LiveLookups.rate(offline, enabled, request,
                r -> BringShapes.price(api.prices(BringShapes.priceRequest(r, product.get())), r.serviceId(),
                        product.get()));
    }

    RateQuote offlineRate(RateRequest request) {
        return LiveLookups.fallbackRate(offline, request);
    }

    @Override
    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(fallbackMethod = "offlinePoints")
    public PointsAnswer points(PointQuery query) {
        String country = offline.nearestCountry(query.near());
        return LiveLookups.points(offline, enabled, query,
                q -> BringShapes.points(api.pickupPoints(country, q.near().latitude(), q.near().longitude())));
    }

    PointsAnswer offlinePoints(PointQuery query) {
        return LiveLookups.fallbackPoints(offline, query);
    }

    @Override
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = CarrierRefusedException.class)
    @Fallback(value = UnavailableBooking.class, skipOn = CarrierRefusedException.class)
    public Booking bookPickup(PickupOrder order) {
        String product = product(order.serviceId()).orElseThrow(() -> new CarrierRefusedException(
                "no Bring product is configured for service " + order.serviceId()
                        + " (returnrouter.carrier.bring.product." + order.serviceId() + ")", null));
        return BringShapes.pickupBooking(api.book(BringShapes.bookingRequest(order, product, customerNumber,
                testIndicator)), order);
    }

    @Override
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, jitter = 0, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(value = UnavailableUpdates.class)
    public List<TrackingUpdate> poll(String trackingNumber) {
        return Polls.unknownIsEmpty(() -> BringShapes.updates(api.tracking(trackingNumber)));
    }

    private static Optional<String> product(String serviceId) {
        return ConfigProvider.getConfig().getOptionalValue("returnrouter.carrier.bring.product." + serviceId,
                String.class).filter(id -> !id.isBlank());
    }
}
