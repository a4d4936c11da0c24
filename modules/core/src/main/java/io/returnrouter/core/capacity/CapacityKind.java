package io.returnrouter.core.capacity;

/** The capacity-limited resources a parcel books, each per its own time bucket. */
public enum CapacityKind {
    /** A carrier service's pickups in one region on one day. */
    PICKUP_SLOT,
    /** A drop-off point's intake on the day of hand-in. */
    DROP_OFF_POINT,
    /** A hub's throughput in one period, in parcels and in volume. */
    HUB,
    /** One line-haul departure: no limit, but its load sets how many vehicles are paid. */
    DEPARTURE
}
