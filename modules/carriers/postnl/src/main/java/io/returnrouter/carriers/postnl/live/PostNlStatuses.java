package io.returnrouter.carriers.postnl.live;

import io.returnrouter.core.spi.carrier.TrackingMilestone;
import java.util.Map;

/**
 * PostNL's shipment status codes ({@code Status.StatusCode} of the Shippingstatus API) in
 * ReturnRouter's milestones. Codes not listed map to UNKNOWN and are kept as received.
 */
final class PostNlStatuses {

    private static final Map<String, TrackingMilestone> MILESTONES = Map.of(
            "1", TrackingMilestone.ANNOUNCED,      // Zending voorgemeld: label made, not yet with PostNL
            "2", TrackingMilestone.HANDED_IN,      // Zending in ontvangst genomen: accepted at a point
            "3", TrackingMilestone.HANDED_IN,      // Zending afgehaald: collected from the sender
            "5", TrackingMilestone.AT_HUB,         // Zending gesorteerd: at a sorting centre
            "7", TrackingMilestone.IN_LINEHAUL,    // Zending in distributieproces: on its way to the receiver
            "11", TrackingMilestone.DELIVERED);    // Zending afgeleverd

    private PostNlStatuses() {
    }

    static TrackingMilestone milestone(String statusCode) {
        if (statusCode == null) {
            return TrackingMilestone.UNKNOWN;
        }
        // PostNL sends "01" in some answers and "1" in others.
        String code = statusCode.strip().replaceFirst("^0+(?=.)", "");
        return MILESTONES.getOrDefault(code, TrackingMilestone.UNKNOWN);
    }
}
