package io.returnrouter.core.pricing;

import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.HubPeriod;

/** What is already booked, per bucket: the loads a new parcel is priced and checked against. */
public interface LoadView {

    int parcels(Bucket bucket);

    long volumeCm3(Bucket bucket);

    /** How hub bookings are bucketed: per period for quotes, one bucket per batch plan. */
    HubPeriod hubPeriod();
}
