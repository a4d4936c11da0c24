package io.returnrouter.carriers.inpost.live;

import io.returnrouter.carriers.inpost.InPostCarrier;
import io.returnrouter.carriers.support.live.LiveLookups;
import io.returnrouter.carriers.support.rest.Polls;
import io.returnrouter.carriers.support.rest.UnavailableBooking;
import io.returnrouter.carriers.support.rest.UnavailableUpdates;
import io.returnrouter.carriers.support.rest.WebhookBodies;
import io.returnrouter.carriers.support.webhook.WebhookSignatures;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.BookingCancellation;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
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
import jakarta.ws.rs.ProcessingException;
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
 * InPost's ShipX API: locker points, return shipments (the customer drops the parcel in any
 * Paczkomat; ShipX assigns the tracking number shortly after the shipment is created, so the
 * shipment is read back until it has one), cancellation, tracking by polling and by signed
 * webhook. Offered when {@code returnrouter.carrier.inpost.live.enabled} is true. ShipX prices by
 * contract, not by API: rates come from the module's tariff.
 * <p>Fault tolerance as the other live adapters (see PostNlLive): points fall back to the offline
 * list; shipments are not retried here and report an unreachable ShipX as
 * {@link CarrierUnavailableException}.
 */
@ApplicationScoped
public class InPostLive implements LabelCreation, BookingCancellation, PointSearch, TrackingPolling, TrackingWebhooks {

    /** How often a new shipment is read back for its tracking number, and how long apart. */
    private static final int READ_BACKS = 8;
    private static final long READ_BACK_PAUSE_MILLIS = 250;

    private final InPostCarrier offline = new InPostCarrier();
    private final WebhookSignatures signatures = new WebhookSignatures("X-InPost-Signature", "X-InPost-Timestamp",
            Clock.systemUTC(), WebhookSignatures.DEFAULT_TOLERANCE);
    private InPostLiveApi api;
    private boolean enabled;
    private String organizationId;

    /** For the CDI proxy only. */
    protected InPostLive() {
    }

    @Inject
    public InPostLive(@RestClient InPostLiveApi api,
                      @ConfigProperty(name = "returnrouter.carrier.inpost.live.enabled", defaultValue = "false") boolean enabled,
                      @ConfigProperty(name = "returnrouter.carrier.inpost.organization-id") String organizationId) {
        this.api = api;
        this.enabled = enabled;
        this.organizationId = organizationId;
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
        var created = api.createShipment(organizationId, InPostShapes.shipmentRequest(order));
        String id = InPostShapes.shipmentId(created);
        Booking booking = InPostShapes.booking(created, order);
        for (int i = 0; booking == null && i < READ_BACKS; i++) {
            pause();
            booking = InPostShapes.booking(api.shipment(id), order);
        }
        if (booking == null) {
            throw new CarrierUnavailableException("InPost created shipment " + id + " but assigned no tracking number yet");
        }
        return booking;
    }

    /** Only a shipment ShipX has not yet handed on can be cancelled; ShipX refuses the others (a refusal here). */
    @Override
    public void cancel(String bookingReference, String trackingNumber) {
        try {
            api.cancel(bookingReference);
        } catch (ProcessingException e) {
            throw new CarrierUnavailableException("InPost could not be reached to cancel " + bookingReference, e);
        }
    }

    @Override
    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(fallbackMethod = "offlinePoints")
    public PointsAnswer points(PointQuery query) {
        return LiveLookups.points(offline, enabled, query, q -> InPostShapes.points(
                api.points(q.near().latitude() + "," + q.near().longitude(), "parcel_locker", q.limit())));
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
        return Polls.unknownIsEmpty(() -> InPostShapes.updates(api.tracking(trackingNumber)));
    }

    @Override
    public List<TrackingUpdate> read(WebhookDelivery delivery) {
        signatures.verify(delivery);
        return WebhookBodies.read(delivery, InPostShapes::webhook);
    }

    private static void pause() {
        try {
            Thread.sleep(READ_BACK_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarrierUnavailableException("interrupted while waiting for InPost's tracking number", e);
        }
    }
}
