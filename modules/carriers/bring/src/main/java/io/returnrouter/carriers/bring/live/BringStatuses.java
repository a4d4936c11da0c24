package io.returnrouter.carriers.bring.live;

import io.returnrouter.core.spi.carrier.TrackingMilestone;
import java.util.Map;

/**
 * Bring's tracking event statuses ({@code eventSet[].status} of Tracking API v2) in ReturnRouter's
 * milestones. Statuses not listed (NOTIFICATION_SENT, DEVIATION, ATTEMPTED_DELIVERY, RETURN, ...)
 * map to UNKNOWN and are kept as received.
 */
final class BringStatuses {

    private static final Map<String, TrackingMilestone> MILESTONES = Map.ofEntries(
            Map.entry("PRE_NOTIFIED", TrackingMilestone.ANNOUNCED),
            Map.entry("HANDED_IN", TrackingMilestone.HANDED_IN),
            Map.entry("COLLECTED", TrackingMilestone.HANDED_IN),
            Map.entry("TERMINAL", TrackingMilestone.AT_HUB),
            Map.entry("IN_TRANSIT", TrackingMilestone.IN_LINEHAUL),
            Map.entry("INTERNATIONAL", TrackingMilestone.IN_LINEHAUL),
            Map.entry("CUSTOMS", TrackingMilestone.IN_LINEHAUL),
            Map.entry("TRANSPORT_TO_RECIPIENT", TrackingMilestone.IN_LINEHAUL),
            Map.entry("DELIVERED", TrackingMilestone.DELIVERED));

    private BringStatuses() {
    }

    static TrackingMilestone milestone(String status) {
        return status == null ? TrackingMilestone.UNKNOWN
                : MILESTONES.getOrDefault(status.strip(), TrackingMilestone.UNKNOWN);
    }
}
