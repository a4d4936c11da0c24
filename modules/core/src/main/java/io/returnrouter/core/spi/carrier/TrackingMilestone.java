package io.returnrouter.core.spi.carrier;

/**
 * Where a carrier's status puts the parcel, in ReturnRouter's terms. A carrier module maps each of
 * its status codes to one of these; codes it does not know map to {@link #UNKNOWN} and are kept.
 */
public enum TrackingMilestone {
    /** Booked or announced, not yet with the carrier; no change of the return's status. */
    ANNOUNCED,
    /** Scanned at the drop-off point or picked up: the parcel is on its way. */
    HANDED_IN,
    /** Arrived at a consolidation hub. */
    AT_HUB,
    /** Left a hub in a line-haul to the warehouse. */
    IN_LINEHAUL,
    /** Delivered to the receiver, the warehouse. */
    DELIVERED,
    /** The carrier declares the parcel lost. */
    LOST,
    /** A status the module does not map; stored and logged, never dropped. */
    UNKNOWN
}
