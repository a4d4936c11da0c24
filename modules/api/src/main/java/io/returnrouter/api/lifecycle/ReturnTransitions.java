package io.returnrouter.api.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.persistence.jdbc.SqlWork;
import io.returnrouter.persistence.lifecycle.BookingStore;
import io.returnrouter.persistence.lifecycle.ContactStore;
import io.returnrouter.persistence.lifecycle.CustomerContact;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.StoredBooking;
import io.returnrouter.core.spi.carrier.BookingCancellation;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What the quote, confirmation and cancellation of a return add to their own transactions: the
 * customer's contact, the CONFIRMED and CANCELLED transitions. Kept here so the returns service
 * only hands its transaction over.
 */
@ApplicationScoped
public class ReturnTransitions {

    private static final Logger LOG = Logger.getLogger(ReturnTransitions.class.getName());

    private final LifecycleStore lifecycle;
    private final ContactStore contacts;
    private final BookingStore bookings;
    private final CarrierCapabilities capabilities;

    @Inject
    public ReturnTransitions(LifecycleStore lifecycle, ContactStore contacts, BookingStore bookings,
                             CarrierCapabilities capabilities) {
        this.lifecycle = lifecycle;
        this.contacts = contacts;
        this.bookings = bookings;
        this.capabilities = capabilities;
    }

    /** For CDI proxies only. */
    protected ReturnTransitions() {
        this(null, null, null, null);
    }

    /**
     * After a cancellation: asks the carriers that can to take back the return's live bookings.
     * Best effort: the cancellation stands either way (ReturnRouter no longer expects the parcel),
     * and a carrier that is down or refuses is logged for the operator.
     */
    public void cancelAtCarriers(String returnId) {
        for (StoredBooking booking : bookings.bookings(returnId)) {
            if (!StoredBooking.LIVE.equals(booking.mode())) {
                continue;
            }
            capabilities.find(booking.carrierId(), BookingCancellation.class).ifPresent(carrier -> {
                try {
                    carrier.cancel(booking.bookingReference(), booking.trackingNumber());
                } catch (CarrierUnavailableException | CarrierRefusedException e) {
                    LOG.warning(() -> "Carrier " + booking.carrierId() + " did not cancel the booking of parcel "
                            + booking.reference() + " of cancelled return " + returnId + ": " + e.getMessage());
                }
            });
        }
    }

    /** Keeps the contact given with a quote (nothing when none was). */
    public SqlWork<Void> keepContact(String returnId, CustomerContact contact, Instant at) {
        return c -> {
            if (contact != null) {
                contacts.keep(c, returnId, contact, at);
            }
            return null;
        };
    }

    public SqlWork<Void> confirmed(String returnId, Instant at, int parcels) {
        return c -> {
            lifecycle.transition(c, returnId, ReturnStatus.CONFIRMED, at, "shop", Map.of("parcels", parcels));
            return null;
        };
    }

    /**
     * Refuses the cancellation (rolling it back) when the parcel is already on its way; otherwise
     * stores the transition and stops any booking retry.
     */
    public SqlWork<Void> cancelled(String returnId, Instant at) {
        return c -> {
            lifecycle.transition(c, returnId, ReturnStatus.CANCELLED, at, "shop", Map.of());
            for (StoredBooking booking : bookings.bookings(c, returnId)) {
                bookings.dropRetry(c, returnId, booking.parcelId());
            }
            return null;
        };
    }
}
