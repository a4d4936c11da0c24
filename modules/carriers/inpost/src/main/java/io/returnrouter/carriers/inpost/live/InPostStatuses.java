package io.returnrouter.carriers.inpost.live;

import io.returnrouter.core.spi.carrier.TrackingMilestone;
import java.util.Map;

/**
 * ShipX shipment statuses ({@code status} of tracking and webhooks) in ReturnRouter's milestones.
 * Statuses not listed (avizo, ready_to_pickup, returned_to_sender, ...) map to UNKNOWN and are kept.
 */
final class InPostStatuses {

    private static final Map<String, TrackingMilestone> MILESTONES = Map.ofEntries(
            Map.entry("created", TrackingMilestone.ANNOUNCED),
            Map.entry("offers_prepared", TrackingMilestone.ANNOUNCED),
            Map.entry("offer_selected", TrackingMilestone.ANNOUNCED),
            Map.entry("confirmed", TrackingMilestone.ANNOUNCED),
            Map.entry("dispatched_by_sender", TrackingMilestone.HANDED_IN),
            Map.entry("dispatched_by_sender_to_pok", TrackingMilestone.HANDED_IN),
            Map.entry("collected_from_sender", TrackingMilestone.HANDED_IN),
            Map.entry("taken_by_courier", TrackingMilestone.HANDED_IN),
            Map.entry("adopted_at_source_branch", TrackingMilestone.AT_HUB),
            Map.entry("adopted_at_sorting_center", TrackingMilestone.AT_HUB),
            Map.entry("adopted_at_target_branch", TrackingMilestone.AT_HUB),
            Map.entry("sent_from_source_branch", TrackingMilestone.IN_LINEHAUL),
            Map.entry("sent_from_sorting_center", TrackingMilestone.IN_LINEHAUL),
            Map.entry("out_for_delivery", TrackingMilestone.IN_LINEHAUL),
            Map.entry("delivered", TrackingMilestone.DELIVERED),
            Map.entry("missing", TrackingMilestone.LOST));

    private InPostStatuses() {
    }

    static TrackingMilestone milestone(String status) {
        return status == null ? TrackingMilestone.UNKNOWN
                : MILESTONES.getOrDefault(status.strip(), TrackingMilestone.UNKNOWN);
    }
}
