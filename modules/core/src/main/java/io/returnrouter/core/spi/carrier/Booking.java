package io.returnrouter.core.spi.carrier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What the carrier answered to a label or pickup order.
 *
 * @param bookingReference the carrier's id of the order (for cancellation and support)
 * @param qrCodePayload    the payload of a label-free QR code the customer shows at the point;
 *                         null when the service has none
 * @param pickupDate       null for a drop-off label; likewise the window
 * @param handInDeadline   for a drop-off label, the last moment to hand it in; null for a pickup
 */
public record Booking(String trackingNumber, String bookingReference, Barcode barcode, String qrCodePayload,
                      LocalDate pickupDate, LocalTime windowFrom, LocalTime windowTo, Instant handInDeadline) {

    public Booking {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(bookingReference, "bookingReference");
        Objects.requireNonNull(barcode, "barcode");
    }
}
