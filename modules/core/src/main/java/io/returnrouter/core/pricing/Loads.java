package io.returnrouter.core.pricing;

import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.capacity.Claim;
import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;

import java.util.HashMap;
import java.util.Map;

/**
 * Mutable booked loads per bucket. Not thread-safe: build one per request or per planning run, or
 * share an unmodified instance read-only.
 */
public final class Loads implements LoadView {

    private final HubPeriod hubPeriod;
    private final Map<Bucket, Integer> parcels = new HashMap<>();
    private final Map<Bucket, Long> volume = new HashMap<>();

    private Loads(HubPeriod hubPeriod) {
        this.hubPeriod = hubPeriod;
    }

    /** Empty loads of a batch plan: the plan is one hub period. */
    public static Loads empty() {
        return new Loads(HubPeriod.WHOLE_PLAN);
    }

    /** Empty loads whose hub bookings count per period. */
    public static Loads perPeriod(HubPeriod hubPeriod) {
        return new Loads(hubPeriod);
    }

    /** The loads of every assigned parcel of a plan. */
    public static Loads of(Iterable<Parcel> parcels) {
        Loads loads = empty();
        for (Parcel parcel : parcels) {
            if (parcel.getOption() != null) {
                loads.add(parcel.getVolumeCm3(), parcel.getOption());
            }
        }
        return loads;
    }

    public void add(long volumeCm3, RouteOption option) {
        for (Claim claim : CapacityClaims.of(option, volumeCm3, hubPeriod)) {
            add(claim.bucket(), 1, volumeCm3);
        }
    }

    /** Adds booked parcels and volume to one bucket (as read from a ledger). */
    public void add(Bucket bucket, int addedParcels, long addedVolumeCm3) {
        parcels.merge(bucket, addedParcels, Integer::sum);
        volume.merge(bucket, addedVolumeCm3, Long::sum);
    }

    @Override
    public int parcels(Bucket bucket) {
        return parcels.getOrDefault(bucket, 0);
    }

    @Override
    public long volumeCm3(Bucket bucket) {
        return volume.getOrDefault(bucket, 0L);
    }

    @Override
    public HubPeriod hubPeriod() {
        return hubPeriod;
    }
}
