package io.returnrouter.core.spi.carrier;

/** The carrier takes back a label or pickup it booked. */
public interface BookingCancellation extends CarrierCapability {

    /**
     * Cancelling what is already cancelled succeeds.
     *
     * @throws CarrierUnavailableException when the carrier cannot be reached now
     * @throws CarrierRefusedException     when it is too late (e.g. the parcel was scanned)
     */
    void cancel(String bookingReference, String trackingNumber);
}
