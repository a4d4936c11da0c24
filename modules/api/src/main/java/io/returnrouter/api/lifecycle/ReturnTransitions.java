package io.returnrouter.api.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.persistence.jdbc.SqlWork;
import io.returnrouter.persistence.lifecycle.BookingStore;
import io.returnrouter.persistence.lifecycle.ContactStore;
import io.returnrouter.persistence.lifecycle.CustomerContact;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.StoredBooking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;

/**
 * What the quote, confirmation and cancellation of a return add to their own transactions: the
 * customer's contact, the CONFIRMED and CANCELLED transitions. Kept here so the returns service
 * only hands its transaction over.
 */
@ApplicationScoped
public class ReturnTransitions {

    private final LifecycleStore lifecycle;
    private final ContactStore contacts;
    private final BookingStore bookings;

    @Inject
    public ReturnTransitions(LifecycleStore lifecycle, ContactStore contacts, BookingStore bookings) {
        this.lifecycle = lifecycle;
        this.contacts = contacts;
        this.bookings = bookings;
    }

    /** For CDI proxies only. */
    protected ReturnTransitions() {
        this(null, null, null);
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
