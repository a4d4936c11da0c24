package io.returnrouter.core.spi.carrier;

import java.time.Instant;
import java.util.Objects;

/**
 * One tracking event as a carrier reported it.
 *
 * @param carrierEventId the carrier's id of the event (its idempotency key); a module that gets
 *                       none derives a stable one from the event's content
 * @param carrierStatus  the carrier's own status code, kept as received
 * @param location       where it happened, as the carrier names it; null when not given
 */
public record TrackingUpdate(String carrierEventId, String trackingNumber, String carrierStatus,
                             TrackingMilestone milestone, Instant at, String location, String description) {

    public TrackingUpdate {
        Objects.requireNonNull(carrierEventId, "carrierEventId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(carrierStatus, "carrierStatus");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
    }
}
