package io.returnrouter.api.lifecycle;

import io.returnrouter.core.spi.carrier.Barcode;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import io.returnrouter.core.spi.carrier.LabelCreation;
import io.returnrouter.core.spi.carrier.PickupBooking;
import io.returnrouter.persistence.lifecycle.StoredBooking;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Books one parcel with its carrier through the capability the carrier offers: a pickup order or a
 * return label. A carrier that cannot be reached gets an OFFLINE label (ReturnRouter's reference,
 * retried later); a carrier with no booking capability, or a store hand-in, a RETURNROUTER label.
 * A carrier's refusal ({@link io.returnrouter.core.spi.carrier.CarrierRefusedException}) passes
 * through: retrying the same order cannot help.
 */
final class CarrierBooker {

    private static final Logger LOG = Logger.getLogger(CarrierBooker.class.getName());

    private final CarrierCapabilities capabilities;

    CarrierBooker(CarrierCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** A parcel's booking as it is to be stored, and whether the carrier is to be asked again. */
    record Outcome(StoredBooking booking, boolean retry) {
    }

    Outcome book(String returnId, ParcelPlan plan) {
        if (plan.carrierId() == null) {
            return new Outcome(ours(returnId, plan, StoredBooking.RETURNROUTER), false);
        }
        Optional<Booking> live;
        try {
            live = plan.pickup()
                    ? capabilities.find(plan.carrierId(), PickupBooking.class).map(c -> c.bookPickup(plan.pickupOrder()))
                    : capabilities.find(plan.carrierId(), LabelCreation.class).map(c -> c.createLabel(plan.labelOrder()));
        } catch (CarrierUnavailableException e) {
            // The carrier's message names no customer data (the SPI's exceptions carry none).
            LOG.warning(() -> "Carrier " + plan.carrierId() + " unreachable for parcel " + plan.reference()
                    + ": offline label, booking retried in the background (" + e.getMessage() + ")");
            return new Outcome(ours(returnId, plan, StoredBooking.OFFLINE), true);
        }
        if (live.isEmpty()) {
            return new Outcome(ours(returnId, plan, StoredBooking.RETURNROUTER), false);
        }
        return new Outcome(live(returnId, plan, live.get()), false);
    }

    /** The carrier's booking of a parcel first issued an OFFLINE label. */
    static StoredBooking live(String returnId, ParcelPlan plan, Booking booking) {
        return new StoredBooking(returnId, plan.parcelId(), plan.carrierId(), plan.serviceId(),
                plan.pickup() ? StoredBooking.PICKUP : StoredBooking.LABEL, plan.reference(), StoredBooking.LIVE,
                booking.trackingNumber(), booking.bookingReference(), booking.barcode().value(),
                booking.barcode().symbology().name(), booking.qrCodePayload(),
                booking.pickupDate() != null ? booking.pickupDate() : plan.pickupDate(),
                time(booking.windowFrom() != null ? booking.windowFrom() : plan.windowFrom()),
                time(booking.windowTo() != null ? booking.windowTo() : plan.windowTo()),
                booking.handInDeadline() != null ? booking.handInDeadline() : plan.handInBy(), plan.dropOffPointId());
    }

    private static StoredBooking ours(String returnId, ParcelPlan plan, String mode) {
        return new StoredBooking(returnId, plan.parcelId(), plan.carrierId() == null ? "store" : plan.carrierId(),
                plan.serviceId(), plan.pickup() ? StoredBooking.PICKUP : StoredBooking.LABEL, plan.reference(), mode,
                plan.reference(), null, plan.reference(), Barcode.Symbology.CODE_128.name(), null, plan.pickupDate(),
                time(plan.windowFrom()), time(plan.windowTo()), plan.handInBy(), plan.dropOffPointId());
    }

    private static String time(java.time.LocalTime time) {
        return time == null ? null : time.toString();
    }
}
