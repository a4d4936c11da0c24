package io.returnrouter.api.lifecycle;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bookings of a return's parcels, and where to get the labels. */
@JsonbPropertyOrder({"returnId", "status", "labelUrl", "parcels"})
public record LabelAnswerDto(String returnId, String status,
                             @Schema(description = "The labels as one PDF, an A6 page per parcel") String labelUrl,
                             List<ParcelBookingDto> parcels) {

    /**
     * @param mode             LIVE: booked with the carrier; OFFLINE: the carrier could not be reached, this
     *                         is ReturnRouter's label and the booking is retried in the background;
     *                         RETURNROUTER: the carrier books nothing through an API, ReturnRouter's label
     * @param reference        ReturnRouter's reference of the parcel, on every label
     * @param trackingNumber   the carrier's; for OFFLINE and RETURNROUTER labels the reference
     * @param handInDeadline   drop-off labels: the last moment to hand the parcel in
     */
    @JsonbPropertyOrder({"parcelId", "carrier", "service", "kind", "mode", "note", "reference", "trackingNumber",
            "bookingReference", "barcode", "qrCode", "pickup", "handInDeadline", "dropOffPoint", "retryPending"})
    public record ParcelBookingDto(String parcelId, String carrier, String service,
                                   @Schema(description = "LABEL (drop-off) or PICKUP") String kind,
                                   @Schema(description = "LIVE, OFFLINE or RETURNROUTER") String mode, String note,
                                   String reference, String trackingNumber, String bookingReference,
                                   BarcodeDto barcode, String qrCode, PickupDto pickup, Instant handInDeadline,
                                   String dropOffPoint, boolean retryPending) {
    }

    public record BarcodeDto(String value, @Schema(description = "CODE_128, QR_CODE or DATA_MATRIX") String symbology) {
    }

    @JsonbPropertyOrder({"date", "from", "to"})
    public record PickupDto(LocalDate date, String from, String to) {
    }
}
