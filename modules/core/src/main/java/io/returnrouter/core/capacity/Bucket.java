package io.returnrouter.core.capacity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One resource in one time bucket: the unit capacity is booked and counted in.
 *
 * @param day the bucket's day: the pickup or hand-in day, the departure date, or the first day of
 *            the hub's period
 */
public record Bucket(CapacityKind kind, String resourceId, LocalDate day) implements Comparable<Bucket> {

    public Bucket {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(day, "day");
    }

    /** The order in which a booking locks its buckets, so two bookings never wait on each other in a circle. */
    @Override
    public int compareTo(Bucket other) {
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byResource = resourceId.compareTo(other.resourceId);
        return byResource != 0 ? byResource : day.compareTo(other.day);
    }
}
