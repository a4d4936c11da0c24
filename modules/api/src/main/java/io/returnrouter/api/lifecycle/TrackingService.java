package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.TrackingMilestone;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import io.returnrouter.core.spi.carrier.TrackingWebhooks;
import io.returnrouter.core.spi.carrier.WebhookDelivery;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import io.returnrouter.persistence.jdbc.UniqueViolationException;
import io.returnrouter.persistence.lifecycle.BookingStore;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.StoredBooking;
import io.returnrouter.persistence.lifecycle.TrackingStore;
import io.returnrouter.persistence.lifecycle.TrackingStore.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Tracking in: carriers' webhooks (authenticated by the carrier module against the configured
 * secret) and polled events. Each event is stored once per carrier event id before it is applied,
 * in the same transaction, so a second delivery (to this or another instance) changes nothing.
 */
@ApplicationScoped
public class TrackingService {

    private static final Logger LOG = Logger.getLogger(TrackingService.class.getName());

    private final CarrierCapabilities capabilities;
    private final LifecycleSettings settings;
    private final LifecycleStore lifecycle;
    private final BookingStore bookings;
    private final TrackingStore tracking;
    private final ParcelTracking parcels;
    private final Clock clock;

    @Inject
    public TrackingService(CarrierCapabilities capabilities, LifecycleSettings settings, LifecycleStore lifecycle,
                           BookingStore bookings, TrackingStore tracking, ParcelTracking parcels) {
        this(capabilities, settings, lifecycle, bookings, tracking, parcels, Clock.systemUTC());
    }

    TrackingService(CarrierCapabilities capabilities, LifecycleSettings settings, LifecycleStore lifecycle,
                    BookingStore bookings, TrackingStore tracking, ParcelTracking parcels, Clock clock) {
        this.capabilities = capabilities;
        this.settings = settings;
        this.lifecycle = lifecycle;
        this.bookings = bookings;
        this.tracking = tracking;
        this.parcels = parcels;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected TrackingService() {
        this(null, null, null, null, null, null, Clock.systemUTC());
    }

    /**
     * A webhook call: authenticated and read by the carrier's module, then every event applied.
     *
     * @throws NotFoundException          when no installed carrier of that id sends webhooks
     * @throws WebhookRejectedException   NOT_AUTHENTIC (also when no secret is configured: fails
     *                                    closed) or MALFORMED
     */
    public TrackingReceiptDto receive(String carrierId, Map<String, List<String>> headers, byte[] body) {
        TrackingWebhooks webhooks = capabilities.find(carrierId, TrackingWebhooks.class)
                .orElseThrow(() -> new NotFoundException("No carrier " + carrierId + " sends tracking webhooks to "
                        + "this installation; carriers are named by their ids, e.g. postnl."));
        String secret = settings.webhookSecret(carrierId).orElseThrow(() -> new WebhookRejectedException(
                WebhookRejectedException.Reason.NOT_AUTHENTIC, "no webhook secret is configured for carrier "
                + carrierId + ", so none of its calls can be authentic"));
        List<TrackingUpdate> updates = webhooks.read(new WebhookDelivery(headers, body, secret));
        return apply(carrierId, updates);
    }

    /** Applies events of one carrier, each in its own transaction, and counts what became of them. */
    public TrackingReceiptDto apply(String carrierId, List<TrackingUpdate> updates) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int duplicates = 0;
        for (TrackingUpdate update : updates) {
            Optional<Outcome> outcome = applyOne(carrierId, update);
            if (outcome.isEmpty()) {
                duplicates++;
            } else {
                counts.merge(outcome.get(), 1, Integer::sum);
            }
        }
        return new TrackingReceiptDto(carrierId, updates.size(), counts.getOrDefault(Outcome.APPLIED, 0), duplicates,
                counts.getOrDefault(Outcome.UNMATCHED, 0), counts.getOrDefault(Outcome.UNKNOWN_STATUS, 0),
                counts.getOrDefault(Outcome.NO_CHANGE, 0));
    }

    /** @return empty for an event received before */
    private Optional<Outcome> applyOne(String carrierId, TrackingUpdate update) {
        Instant now = clock.instant();
        String source = "carrier:" + carrierId;
        try {
            StatusRecorder.Recorded[] recorded = new StatusRecorder.Recorded[1];
            Outcome outcome = lifecycle.inTransaction(c -> {
                String id = tracking.insert(c, carrierId, update, now);
                Optional<StoredBooking> booking = bookings.byTrackingNumber(c, carrierId, update.trackingNumber());
                if (booking.isEmpty()) {
                    // Tracking numbers (and carriers' event ids, which may contain them) are not logged:
                    // a carrier's site shows the address behind one. Our event id finds the row.
                    LOG.info(() -> "Tracking event " + id + " of " + carrierId + " matches no parcel: stored as unmatched");
                    return Outcome.UNMATCHED;
                }
                String returnId = booking.get().returnId();
                String parcelId = booking.get().parcelId();
                Outcome result;
                if (update.milestone() == TrackingMilestone.UNKNOWN) {
                    LOG.warning(() -> "Carrier " + carrierId + " sent status '" + update.carrierStatus()
                            + "', which its module does not map (tracking event " + id
                            + "): stored, the return's status unchanged");
                    result = Outcome.UNKNOWN_STATUS;
                } else {
                    ParcelTracking.Applied applied = parcels.apply(c, booking.get(), update, source);
                    recorded[0] = applied.recorded();
                    result = applied.outcome();
                }
                tracking.settle(c, id, returnId, parcelId, result);
                return result;
            });
            if (recorded[0] != null) {
                parcels.committed(recorded[0]);
            }
            return Optional.of(outcome);
        } catch (UniqueViolationException receivedBefore) {
            return Optional.empty();
        }
    }
}
