package io.returnrouter.persistence.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One parcel's booking as stored.
 *
 * @param kind      LABEL (drop-off) or PICKUP
 * @param reference ReturnRouter's reference of the parcel: printed on every label, sent to the carrier
 * @param mode      LIVE (booked with the carrier), OFFLINE (our label until the carrier answers) or
 *                  RETURNROUTER (the carrier books nothing through an API: our label for good)
 */
public record StoredBooking(String returnId, String parcelId, String carrierId, String serviceId, String kind,
                            String reference, String mode, String trackingNumber, String bookingReference,
                            String barcodeValue, String barcodeSymbology, String qrPayload, LocalDate pickupDate,
                            String windowFrom, String windowTo, Instant handInDeadline, String dropOffPoint) {

    public static final String LABEL = "LABEL";
    public static final String PICKUP = "PICKUP";
    public static final String LIVE = "LIVE";
    public static final String OFFLINE = "OFFLINE";
    public static final String RETURNROUTER = "RETURNROUTER";

    public boolean isPickup() {
        return PICKUP.equals(kind);
    }
}
