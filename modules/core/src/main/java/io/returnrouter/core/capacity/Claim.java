package io.returnrouter.core.capacity;

import java.util.Objects;

/**
 * What one parcel takes of one bucket, with the bucket's limits: one parcel and its volume.
 *
 * @param capacityParcels   parcels the bucket holds in all; {@link Integer#MAX_VALUE} when unlimited
 * @param capacityVolumeCm3 volume the bucket holds in all; {@link Long#MAX_VALUE} when unlimited
 */
public record Claim(Bucket bucket, long volumeCm3, int capacityParcels, long capacityVolumeCm3) {

    public static final int UNLIMITED_PARCELS = Integer.MAX_VALUE;
    public static final long UNLIMITED_VOLUME = Long.MAX_VALUE;

    public Claim {
        Objects.requireNonNull(bucket, "bucket");
        if (volumeCm3 < 0 || capacityParcels < 0 || capacityVolumeCm3 < 0) {
            throw new IllegalArgumentException("negative volume or capacity in a claim on " + bucket);
        }
    }

    /**
     * Whether one more parcel fits beside what is booked. Written as "booked ≤ capacity − added"
     * so an unlimited capacity never overflows.
     */
    public boolean fitsBeside(int bookedParcels, long bookedVolumeCm3) {
        return bookedParcels <= capacityParcels - 1 && bookedVolumeCm3 <= capacityVolumeCm3 - volumeCm3;
    }
}
