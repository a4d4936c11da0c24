package io.returnrouter.carriers.postnl.live;

import io.returnrouter.carriers.postnl.PostNlCarrier;
import io.returnrouter.carriers.support.live.LiveLookups;
import io.returnrouter.carriers.support.rest.Polls;
import io.returnrouter.carriers.support.rest.UnavailableBooking;
import io.returnrouter.carriers.support.rest.UnavailableUpdates;
import io.returnrouter.carriers.support.rest.WebhookBodies;
import io.returnrouter.carriers.support.webhook.WebhookSignatures;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.LabelCreation;
import io.returnrouter.core.spi.carrier.LabelOrder;
import io.returnrouter.core.spi.carrier.PointQuery;
import io.returnrouter.core.spi.carrier.PointSearch;
import io.returnrouter.core.spi.carrier.PointsAnswer;
import io.returnrouter.core.spi.carrier.TrackingPolling;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import io.returnrouter.core.spi.carrier.TrackingWebhooks;
import io.returnrouter.core.spi.carrier.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * PostNL's live API: return labels (a barcode from the Barcode API, then a confirmed label),
 * nearest points, shipment status by polling and by signed status push. Offered when
 * {@code returnrouter.carrier.postnl.live.enabled} is true. PostNL publishes no price API: rates
 * come from the module's tariff, and it has no API to cancel a label (an unused label costs nothing).
 * <p>Each guarded method gets a timeout and a breaker that opens when 3 of the last 4 calls failed
 * and stays open for 30 s; a refusal by PostNL is not a failure. Labels are not retried here (a
 * retry would reserve a second barcode): an unreachable PostNL is reported as
 * {@link io.returnrouter.core.spi.carrier.CarrierUnavailableException} and the caller retries later.
 * Points fall back to the module's offline list. Every value can be tuned through MicroProfile
 * Config (e.g. {@code io.returnrouter.carriers.postnl.live.PostNlLive/createLabel/Timeout/value}).
 * <p>Each live carrier has its own adapter class on purpose, though they read alike: fault
 * tolerance keeps a circuit breaker per bean class and method, so a shared class would let one
 * carrier's outage open the other's breaker.
 */
@ApplicationScoped
public class PostNlLive implements LabelCreation, PointSearch, TrackingPolling, TrackingWebhooks {

    private final PostNlCarrier offline = new PostNlCarrier();
    private final WebhookSignatures signatures = new WebhookSignatures("X-PostNL-Signature", "X-PostNL-Timestamp",
            Clock.systemUTC(), WebhookSignatures.DEFAULT_TOLERANCE);
    private PostNlLiveApi api;
    private boolean enabled;
    private PostNlShapes.Contract contract;
    private String barcodeSerie;

    /** For the CDI proxy only. */
    protected PostNlLive() {
    }

    @Inject
    public PostNlLive(@RestClient PostNlLiveApi api,
                      @ConfigProperty(name = "returnrouter.carrier.postnl.live.enabled", defaultValue = "false") boolean enabled,
                      @ConfigProperty(name = "returnrouter.carrier.postnl.customer-code") String customerCode,
                      @ConfigProperty(name = "returnrouter.carrier.postnl.customer-number") String customerNumber,
                      @ConfigProperty(name = "returnrouter.carrier.postnl.product-code") String productCode,
                      @ConfigProperty(name = "returnrouter.carrier.postnl.barcode-serie") String barcodeSerie) {
        this.api = api;
        this.enabled = enabled;
        this.contract = new PostNlShapes.Contract(customerCode, customerNumber, productCode);
        this.barcodeSerie = barcodeSerie;
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
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = CarrierRefusedException.class)
    @Fallback(value = UnavailableBooking.class, skipOn = CarrierRefusedException.class)
    public Booking createLabel(LabelOrder order) {
        String barcode = PostNlShapes.barcode(api.barcode(contract.customerCode(), contract.customerNumber(), "3S",
                barcodeSerie));
        return PostNlShapes.booking(api.label(true, PostNlShapes.labelRequest(contract, order, barcode,
                Clock.systemUTC().instant())), order, barcode);
    }

    @Override
    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(fallbackMethod = "offlinePoints")
    public PointsAnswer points(PointQuery query) {
        String country = offline.nearestCountry(query.near());
        return LiveLookups.points(offline, enabled, query, q -> PostNlShapes.points(
                api.nearestLocations(q.near().latitude(), q.near().longitude(), country, "PG"), country));
    }

    PointsAnswer offlinePoints(PointQuery query) {
        return LiveLookups.fallbackPoints(offline, query);
    }

    @Override
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, jitter = 0, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(value = UnavailableUpdates.class)
    public List<TrackingUpdate> poll(String trackingNumber) {
        return Polls.unknownIsEmpty(() -> PostNlShapes.updates(api.status(trackingNumber, true)));
    }

    /** PostNL-style status push: the Shippingstatus body, HMAC-signed (see docs/carriers.md). */
    @Override
    public List<TrackingUpdate> read(WebhookDelivery delivery) {
        signatures.verify(delivery);
        return WebhookBodies.read(delivery, PostNlShapes::updates);
    }
}
