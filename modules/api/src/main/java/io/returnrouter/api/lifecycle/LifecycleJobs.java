package io.returnrouter.api.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import io.returnrouter.core.spi.carrier.TrackingPolling;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.persistence.lifecycle.BookingStore;
import io.returnrouter.persistence.lifecycle.ContactStore;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.StoredBooking;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The lifecycle's background work, on every instance: booking retries, tracking polls, expiry of
 * unused labels and the purge of personal data past its retention. Each run claims its rows in the
 * database (SKIP LOCKED with a lease, or one idempotent statement), so instances never do the same
 * work twice and a crashed instance's claims fall due again.
 */
@ApplicationScoped
public class LifecycleJobs {

    private static final Logger LOG = Logger.getLogger(LifecycleJobs.class.getName());
    private static final int BATCH = 50;

    private final LabelService labels;
    private final TrackingService tracking;
    private final StatusRecorder recorder;
    private final LifecycleStore lifecycle;
    private final BookingStore bookings;
    private final ContactStore contacts;
    private final CarrierCapabilities capabilities;
    private final RoutingWorldSource worlds;
    private final LifecycleSettings settings;
    private final Clock clock;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    public LifecycleJobs(LabelService labels, TrackingService tracking, StatusRecorder recorder,
                         LifecycleStore lifecycle, BookingStore bookings, ContactStore contacts,
                         CarrierCapabilities capabilities, RoutingWorldSource worlds, LifecycleSettings settings) {
        this(labels, tracking, recorder, lifecycle, bookings, contacts, capabilities, worlds, settings,
                Clock.systemUTC());
    }

    LifecycleJobs(LabelService labels, TrackingService tracking, StatusRecorder recorder, LifecycleStore lifecycle,
                  BookingStore bookings, ContactStore contacts, CarrierCapabilities capabilities,
                  RoutingWorldSource worlds, LifecycleSettings settings, Clock clock) {
        this.labels = labels;
        this.tracking = tracking;
        this.recorder = recorder;
        this.lifecycle = lifecycle;
        this.bookings = bookings;
        this.contacts = contacts;
        this.capabilities = capabilities;
        this.worlds = worlds;
        this.settings = settings;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected LifecycleJobs() {
        this(null, null, null, null, null, null, null, null, null);
    }

    void start(@Observes Startup startup) {
        every(settings.bookingRetry(), "booking retries", this::retryBookings);
        every(settings.trackingPoll(), "tracking polls", this::pollTracking);
        every(settings.expiryCheck(), "label expiry", this::expireLabels);
        every(settings.purgeCheck(), "personal data purge", this::purgePersonalData);
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(f -> f.cancel(false));
    }

    /** Due booking retries, claimed for twice the interval (at least a minute) so a slow carrier call keeps them. */
    public int retryBookings() {
        Duration lease = max(settings.bookingRetry().multipliedBy(2), Duration.ofMinutes(1));
        List<BookingStore.ClaimedRetry> due = bookings.claimDueRetries(clock.instant(), lease, BATCH);
        due.forEach(labels::retry);
        return due.size();
    }

    /** Live parcels of carriers that are polled and whose tracking is due. */
    public int pollTracking() {
        List<String> polled = new ArrayList<>();
        for (CarrierModule carrier : worlds.registry().carriers()) {
            if (capabilities.find(carrier.carrierId(), TrackingPolling.class).isPresent()) {
                polled.add(carrier.carrierId());
            }
        }
        List<StoredBooking> due = bookings.claimDuePolls(polled, clock.instant(), settings.trackingPoll(), BATCH);
        for (StoredBooking booking : due) {
            try {
                tracking.apply(booking.carrierId(), capabilities.find(booking.carrierId(), TrackingPolling.class)
                        .orElseThrow().poll(booking.trackingNumber()));
            } catch (CarrierUnavailableException e) {
                // Expected while a carrier is down; its adapter reports the outage itself.
                LOG.fine(() -> "Tracking of parcel " + booking.reference() + " at " + booking.carrierId()
                        + " not reachable now; asked again at the next poll");
            }
        }
        return due.size();
    }

    /** LABEL_CREATED returns whose labels are all past their hand-in deadline become EXPIRED and free their capacity. */
    public int expireLabels() {
        Instant now = clock.instant();
        List<StatusRecorder.Recorded> expired = lifecycle.inTransaction(c -> {
            List<StatusRecorder.Recorded> done = new ArrayList<>();
            for (String returnId : bookings.claimExpired(c, now, BATCH)) {
                done.add(recorder.record(c, returnId, ReturnStatus.EXPIRED, now, "system",
                        Map.of("reason", "label unused past its hand-in deadline")));
                for (StoredBooking b : bookings.bookings(c, returnId)) {
                    bookings.dropRetry(c, returnId, b.parcelId());
                }
            }
            return done;
        });
        expired.forEach(recorder::committed);
        return expired.size();
    }

    public int purgePersonalData() {
        int purged = contacts.purge(clock.instant().minus(settings.retention()));
        if (purged > 0) {
            LOG.info(() -> "Personal data of " + purged + " returns past their retention purged");
        }
        return purged;
    }

    private void every(Duration interval, String what, java.util.function.IntSupplier job) {
        long millis = Math.max(100, interval.toMillis());
        scheduled.add(scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.getAsInt();
            } catch (RuntimeException e) {
                // Kept going: the next run tries again (the database may be restarting).
                LOG.warning(() -> "Lifecycle job '" + what + "' failed, tried again in " + interval + ": " + e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
